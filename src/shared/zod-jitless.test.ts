import { describe, expect, it } from 'vitest';

describe('zod runs jitless in the app (no eval probe under the CSP)', () => {
  it('the flag set before zod loads is the configuration zod reads', async () => {
    await import('./zod-jitless');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
    // Schemas still parse without the compiled fast path.
    expect(z.object({ a: z.string() }).parse({ a: 'x', b: 1 })).toEqual({ a: 'x' });
  });
});
