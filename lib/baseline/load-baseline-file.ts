// A baseline data file on disk (the seed's and the tests'), read through the
// same reader as the admin's upload; a file with problems fails with every
// problem listed, by field path.
import fs from "node:fs";
import { formatOf, readBaseline } from "./read-baseline";
import type { SeedBaseline } from "./seed-schema";

export function loadBaselineFile(file: string): SeedBaseline {
  const read = readBaseline(fs.readFileSync(file, "utf8"), formatOf(file));
  if (read.ok) return read.baseline;
  throw new Error(`${file} is not a valid baseline:\n${read.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
}
