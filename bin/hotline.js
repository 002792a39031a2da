#!/usr/bin/env node
// Entry point for `npx hotline …` and `npm start`: runs the TypeScript sources through tsx,
// so a clone needs no build step for the server.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
