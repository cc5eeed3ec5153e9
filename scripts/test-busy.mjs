// `npm run test:busy`: runs `npm test` while CPU-burning processes keep every core of a small
// machine busy, the way CI's machine may be when other work runs beside it. A suite that passes
// here does not depend on an idle machine. `npm run test:busy -- 3` burns three cores (default 2).
import { spawn } from 'node:child_process';

const burners = Number(process.argv[2] ?? 2);
if (!Number.isInteger(burners) || burners < 0 || burners > 16) {
  console.error('test:busy takes the number of CPU burners, 0 to 16');
  process.exit(2);
}

const burning = Array.from({ length: burners }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopBurning = () => {
  for (const child of burning) child.kill('SIGKILL');
};
process.on('exit', stopBurning);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopBurning();
    process.exit(130);
  });
}

console.log(`test:busy: ${burners} CPU burner(s) running beside npm test`);
const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const test = spawn(npm, ['test'], { stdio: 'inherit', shell: process.platform === 'win32' });
test.on('exit', (code, signal) => {
  stopBurning();
  console.log(
    `test:busy: npm test ended (${signal ?? `exit ${code}`}) after ${Math.round((Date.now() - started) / 1000)} s`,
  );
  process.exit(code ?? 1);
});
