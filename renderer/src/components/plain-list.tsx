/** A bordered list of rows (antd's List is deprecated in 6.6 and warns on every render). */
import type { ReactNode } from 'react';

interface Props<T> {
  items: T[];
  render: (item: T, index: number) => ReactNode;
  /** Right-aligned actions for a row. */
  actions?: (item: T, index: number) => ReactNode;
  header?: ReactNode;
  rowKey: (item: T, index: number) => string;
}

export function PlainList<T>({ items, render, actions, header, rowKey }: Props<T>) {
  return (
    <div className="plain-list">
      {header && <div className="plain-list-header">{header}</div>}
      {items.map((item, i) => (
        <div key={rowKey(item, i)} className="plain-list-row">
          <div className="plain-list-main">{render(item, i)}</div>
          {actions && <div className="plain-list-actions">{actions(item, i)}</div>}
        </div>
      ))}
    </div>
  );
}
