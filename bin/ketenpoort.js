#!/usr/bin/env node
// The `ketenpoort` command: runs the TypeScript CLI through tsx, with this package's tsconfig
// (JSX for hono) whatever folder it is started from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
