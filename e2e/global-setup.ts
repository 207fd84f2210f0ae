// Computes the SPEC example's report with the library API (`report_json`), so the end-to-end tests can
// check that the page shows exactly what the model returns.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

export default function globalSetup() {
  mkdirSync("e2e/artifacts", { recursive: true });
  const scenario = readFileSync("tests/fixtures/spec_example_v1.json");
  const report = execFileSync("cargo", ["run", "-q", "--example", "report"], { input: scenario });
  writeFileSync("e2e/artifacts/spec-report.json", report);
}
