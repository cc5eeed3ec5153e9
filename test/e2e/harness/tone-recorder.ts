/**
 * Init script that records every tone the page plays (its frequency in Hz) in `window.__tones`:
 * the scan screen's found and not-found beeps, the received-goods count's five answers. Audio
 * itself cannot be heard here; the pitch the page schedules on its oscillators (they run from the
 * start, silent between tones) is what tells the answers apart.
 */
export const recordTones = `(() => {
  window.__tones = [];
  const pitches = new WeakSet();
  const create = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function () {
    const oscillator = create.call(this);
    pitches.add(oscillator.frequency);
    return oscillator;
  };
  const set = AudioParam.prototype.setValueAtTime;
  AudioParam.prototype.setValueAtTime = function (value, time) {
    if (pitches.has(this)) window.__tones.push(value);
    return set.call(this, value, time);
  };
})();`;
