import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Presentation mode for the projector: large type and high contrast (CSS keyed on `data-presentation` on <html>),
 * full screen when the browser allows it. Leaving full screen (Esc) leaves presentation mode too.
 */
export function usePresentation(): { presenting: boolean; togglePresentation: () => void } {
  const [presenting, setPresenting] = useState(false);
  const enteredFullscreen = useRef(false);

  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset['presentation'] = 'on';
    else delete root.dataset['presentation'];
  }, [presenting]);

  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) return;
      if (enteredFullscreen.current) {
        enteredFullscreen.current = false;
        setPresenting(false);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const current = useRef(presenting);
  useEffect(() => {
    current.current = presenting;
  }, [presenting]);

  // Full screen must be asked for inside the key or click handler (a user gesture), so not in a state updater.
  const togglePresentation = useCallback(() => {
    if (current.current) {
      if (document.fullscreenElement) {
        enteredFullscreen.current = false;
        void document.exitFullscreen().catch(() => {});
      }
      current.current = false;
      setPresenting(false);
      return;
    }
    // Where full screen is refused (no gesture, an iframe, a kiosk), presentation mode still applies.
    if (!document.fullscreenElement && document.fullscreenEnabled) {
      document.documentElement.requestFullscreen().then(
        () => (enteredFullscreen.current = true),
        () => {},
      );
    }
    current.current = true;
    setPresenting(true);
  }, []);

  return { presenting, togglePresentation };
}
