// Prints one closing line, "e2e: N passed, N failed", so that a reader of the
// log sees the browser suite's totals last, whatever else it printed.
export default class SummaryReporter {
  constructor() { this.counts = { passed: 0, failed: 0, skipped: 0 }; }
  onTestEnd(test, result) {
    // Count each test once, by its final outcome.
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') this.counts.passed += 1;
    else if (result.status === 'skipped') this.counts.skipped += 1;
    else this.counts.failed += 1;
  }
  onEnd() {
    const { passed, failed, skipped } = this.counts;
    console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
