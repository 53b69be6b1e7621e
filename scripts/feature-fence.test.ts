/**
 * The fence between features (ADR 0060) lives in biome.json as one override per feature. This test fails when
 * a folder is added under src/features/ without its override, or an override forgets one of the other
 * features, so that a new feature cannot slip through the lint unfenced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Override {
  includes?: string[];
  linter?: {
    rules?: { style?: { noRestrictedImports?: { options?: { patterns?: { group: string[] }[] } } } };
  };
}

const biome = JSON.parse(readFileSync('biome.json', 'utf8')) as { overrides?: Override[] };
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function forbidden(includes: string): string[] {
  const override = biome.overrides?.find((o) => o.includes?.includes(includes));
  const patterns = override?.linter?.rules?.style?.noRestrictedImports?.options?.patterns ?? [];
  return patterns.flatMap((p) => p.group);
}

describe('feature fence in biome.json', () => {
  it.each(features)('src/features/%s/ may import no other feature', (feature) => {
    const groups = forbidden(`src/features/${feature}/**`);
    for (const other of features.filter((f) => f !== feature)) {
      expect(groups).toEqual(
        expect.arrayContaining([`../${other}`, `../${other}/**`, `**/features/${other}/**`]),
      );
    }
    expect(groups).toContain('**/routes/**');
  });

  it('src/shared/ may import no feature and no route', () => {
    expect(forbidden('src/shared/**')).toEqual(expect.arrayContaining(['**/features/**', '**/routes/**']));
  });
});
