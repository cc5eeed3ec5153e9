import type { BeepKind } from '../scanner/beep.ts';
import type { LineState } from './receive-count.ts';
import type { LastAnswer } from './receive-store.ts';

type Colour = 'blue' | 'green' | 'orange' | 'purple' | 'red' | 'gray' | 'amber';

/** Each answer to a scan in its own colour, so staff can tell it across the room. */
export const answerColour: Record<LastAnswer['outcome'], Colour> = {
  counted: 'blue',
  'line-complete': 'green',
  over: 'orange',
  'not-on-document': 'purple',
  unknown: 'red',
  undone: 'gray',
  'bad-quantity': 'red',
};

export const stateColour: Record<LineState, Colour> = {
  waiting: 'gray',
  short: 'amber',
  complete: 'green',
  over: 'orange',
};

/** The sound of each answer; null plays nothing (an undo is the person's own key). */
export const answerBeep: Record<LastAnswer['outcome'], BeepKind | null> = {
  counted: 'found',
  'line-complete': 'line-complete',
  over: 'over',
  'not-on-document': 'not-on-document',
  unknown: 'not-found',
  undone: null,
  'bad-quantity': 'not-found',
};
