import type { SerializedError } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one plain closing line, "N passed, N failed, N skipped", that any CI
 * reader understands, after vitest's own summary. A file that fails outside
 * any test (a failing beforeAll, an import error) and an unhandled error count
 * as failures too, so the line never says "0 failed" for a red run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let brokenFiles = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") failedHere++;
        else counts.skipped++;
      }
      counts.failed += failedHere;
      if (failedHere === 0 && module.state() === "failed") brokenFiles++;
    }
    const extra = [
      brokenFiles > 0 ? `${brokenFiles} ${brokenFiles === 1 ? "file" : "files"} failed outside a test` : "",
      unhandledErrors.length > 0 ? `${unhandledErrors.length} unhandled errors` : "",
    ].filter(Boolean);
    const failed = counts.failed + brokenFiles + unhandledErrors.length;
    process.stdout.write(
      `\n${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped${extra.length ? ` (${extra.join(", ")})` : ""}\n`,
    );
  }
}
