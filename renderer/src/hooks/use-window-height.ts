/** The window height minus the chrome around a grid (virtual tables need a pixel height). */
import { useEffect, useState } from 'react';

export function useWindowHeight(chrome: number, min: number): number {
  const [h, setH] = useState(() => Math.max(min, window.innerHeight - chrome));
  useEffect(() => {
    const onResize = () => setH(Math.max(min, window.innerHeight - chrome));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [chrome, min]);
  return h;
}
