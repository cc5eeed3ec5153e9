import { type RefObject, useEffect, useRef } from 'react';

/**
 * A ref whose element takes the keyboard focus when the component appears (and not again on
 * later renders): a counter is keyboard-first, so the first thing to type into or press has the
 * keys without a click. `pick` may choose an element inside, e.g. the chosen card of a group.
 */
export function useFocusOnMount<T extends HTMLElement>(
  pick: (element: T) => HTMLElement | null = (element) => element,
): RefObject<T | null> {
  const ref = useRef<T>(null);
  const pickRef = useRef(pick);
  useEffect(() => {
    if (ref.current) pickRef.current(ref.current)?.focus();
  }, []);
  return ref;
}
