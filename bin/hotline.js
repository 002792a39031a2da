#!/usr/bin/env node
// Entry point for `npx hotline …` and `npm start`: runs the server bundle (dist/server/cli.mjs),
// built from the TypeScript sources when missing or stale (scripts/server-bundle.mjs), so a clone
// needs no build step of its own.
import { serverBundle } from '../scripts/server-bundle.mjs';
const { main } = await import(await serverBundle());
process.exitCode = await main(process.argv.slice(2));
