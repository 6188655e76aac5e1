import { useCallback, useEffect, useRef, useState } from "react";

const ACTIVITY = ["pointerdown", "keydown", "touchstart", "wheel"] as const;

/**
 * Counts down while nobody touches the page: `secondsLeft` once the warning is due (null
 * before), and `onTimeout` when the time is up. Any touch, key or the returned `keepGoing`
 * starts the count again. Off while `enabled` is false.
 */
export function useInactivity(options: {
  enabled: boolean;
  idleSeconds: number;
  warnSeconds: number;
  onTimeout: () => void;
}): { secondsLeft: number | null; keepGoing: () => void } {
  const { enabled, idleSeconds, warnSeconds } = options;
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lastActivity = useRef(Date.now());
  const onTimeout = useRef(options.onTimeout);
  onTimeout.current = options.onTimeout;

  const keepGoing = useCallback(() => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    keepGoing();
    const tick = () => {
      const left = idleSeconds - (Date.now() - lastActivity.current) / 1000;
      if (left <= 0) {
        setSecondsLeft(null);
        onTimeout.current();
      } else setSecondsLeft(left <= warnSeconds ? Math.ceil(left) : null);
    };
    const timer = window.setInterval(tick, 250);
    for (const event of ACTIVITY) document.addEventListener(event, keepGoing, { passive: true });
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY) document.removeEventListener(event, keepGoing);
    };
  }, [enabled, idleSeconds, warnSeconds, keepGoing]);

  return { secondsLeft, keepGoing };
}
