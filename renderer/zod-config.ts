import { z } from 'zod';

// The CSP forbids eval. Unless told otherwise, zod probes `new Function` when an object schema
// is built, and the browser reports each probe as a policy violation. Imported first in
// main.tsx so it runs before any module defines a schema.
z.config({ jitless: true });
