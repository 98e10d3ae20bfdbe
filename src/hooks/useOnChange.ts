import { useEffect, useRef } from 'react';

/** Runs `effect` when `value` changes after the first render (the first load happens on show). */
export function useOnChange<T>(value: T, effect: () => void): void {
  const first = useRef(true);
  const effectRef = useRef(effect);
  effectRef.current = effect;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    effectRef.current();
  }, [value]);
}
