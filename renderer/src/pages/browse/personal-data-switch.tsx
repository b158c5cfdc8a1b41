/**
 * The workspace setting 显示完整号码: phone and ID numbers are masked (138****1234) by default in
 * everything the engine hands out; this switch stores `mask_personal_data` in the workspace through
 * the API, then tells every page to refetch, since masked text may be cached anywhere.
 */
import { useState } from 'react';
import { App, Space, Switch, Tooltip } from 'antd';
import { zh } from '../../i18n/zh-CN.ts';
import { useAppState } from '../../state/app-state.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { errorText } from '../../api/api-error.ts';

/** The switch with its label; off (masked) until the workspace says otherwise. */
export function PersonalDataSwitch() {
  const { api, dataChanged, dataVersion } = useAppState();
  const { message } = App.useApp();
  const settings = useAsync(`settings#${dataVersion}`, () => api.getSettings());
  const [saving, setSaving] = useState(false);
  const shown = settings.data ? !settings.data.mask_personal_data : false;

  const change = async (show: boolean) => {
    setSaving(true);
    try {
      await api.updateSettings({ mask_personal_data: !show });
      message.success(show ? zh.browse.personalShown : zh.browse.personalMasked);
      dataChanged();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space size={6}>
      <Switch
        size="small"
        checked={shown}
        loading={saving || settings.loading}
        disabled={!settings.data}
        onChange={(v) => void change(v)}
        aria-label={zh.browse.showPersonal}
        data-setting="show-personal-data"
      />
      <Tooltip title={zh.browse.showPersonalHint}>
        <span>{zh.browse.showPersonal}</span>
      </Tooltip>
    </Space>
  );
}
