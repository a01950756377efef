// Writes prisma/postgres/schema.prisma from prisma/schema.prisma.
import fs from "node:fs";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom, readText } from "./lib/postgres-schema";

const next = postgresSchemaFrom(readText(process.cwd(), SQLITE_SCHEMA));
fs.writeFileSync(POSTGRES_SCHEMA, next);
console.log(`wrote ${POSTGRES_SCHEMA}`);
