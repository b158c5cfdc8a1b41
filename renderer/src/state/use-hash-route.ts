/** The current route from `location.hash`, updated on hashchange; navigation writes the hash. */
import { useCallback, useEffect, useState } from 'react';
import { buildHash, parseHash, type Route } from './route.ts';

export function useHashRoute(): [Route, (next: Route, replace?: boolean) => void] {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));

  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const go = useCallback((next: Route, replace = false) => {
    const hash = buildHash(next);
    if (hash === window.location.hash) return;
    if (replace) window.history.replaceState(window.history.state, '', hash);
    else window.location.hash = hash;
    // replaceState does not fire hashchange, and setting state directly avoids a frame of lag.
    setRoute(parseHash(hash));
  }, []);

  return [route, go];
}
