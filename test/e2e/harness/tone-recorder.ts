/**
 * Init script that records every tone the page starts (its frequency in Hz) in `window.__tones`:
 * the scan screen's found and not-found beeps, the received-goods count's five answers. Audio
 * itself cannot be heard here; the oscillator the page starts is what tells the answers apart.
 */
export const recordTones = `(() => {
  window.__tones = [];
  const create = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function () {
    const oscillator = create.call(this);
    const start = oscillator.start.bind(oscillator);
    oscillator.start = (...args) => { window.__tones.push(oscillator.frequency.value); return start(...args); };
    return oscillator;
  };
})();`;
