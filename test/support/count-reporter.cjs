// Mocha's spec reporter, plus a machine-readable tally written to $SKILLGAP_TALLY for test/run.mjs.
const Mocha = require('mocha');
const fs = require('node:fs');

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const tally = { passed: 0, failed: 0, pending: 0 };
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, () => tally.passed++);
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, () => tally.failed++);
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, () => tally.pending++);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      if (process.env.SKILLGAP_TALLY) fs.writeFileSync(process.env.SKILLGAP_TALLY, JSON.stringify(tally));
    });
  }
}
module.exports = CountReporter;
