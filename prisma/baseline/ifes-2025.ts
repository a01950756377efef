// The IFES 2025 baseline, read from its data file (ifes-2025.yaml, in the
// shape docs/baseline-format.md describes) through the upload's own reader.
// Kept as a module so the seed, tests and benches can name it in one line.
import path from "node:path";
import { loadBaselineFile } from "../../lib/baseline/load-baseline-file";

export const IFES_2025_FILE = path.join(__dirname, "ifes-2025.yaml");

export const ifes2025Baseline = loadBaselineFile(IFES_2025_FILE);
