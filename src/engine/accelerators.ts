/**
 * Peak theoretical FLOP/s of common training accelerators, for the hardware-based estimate C = N·L·H·U
 * (R44: H is the peak theoretical performance). Figures are per unit (one GPU, one TPU chip), dense (no
 * structured sparsity), at the precision stated, taken from the vendor's datasheet. All operations count
 * equally regardless of precision (R46), but the *peak* depends on the precision the run used: a run in FP8
 * should use the FP8 peak (enter it as a custom figure). Values are data, not law: check them against the
 * datasheet of the exact variant used (SXM vs PCIe, clocks) and say so in the documented assumptions (R43).
 */

import { type Text, tx } from './text';

export interface AcceleratorPreset {
  id: string;
  vendor: 'NVIDIA' | 'AMD' | 'Google';
  name: string;
  /** Peak theoretical dense FLOP/s of one unit at `precision`. */
  peakFlopPerSecond: number;
  /** Precision the peak applies to, e.g. "BF16 dense". */
  precision: string;
  /** Where the figure comes from. */
  source: Text;
  /** Anything a reviewer should know about the figure. */
  note: Text | null;
}

const DATASHEET = tx('validation.accVendorDatasheet');

export const ACCELERATOR_PRESETS: readonly AcceleratorPreset[] = [
  {
    id: 'nvidia-v100',
    vendor: 'NVIDIA',
    name: 'NVIDIA V100 (SXM2)',
    peakFlopPerSecond: 125e12,
    precision: 'FP16 tensor core dense',
    source: DATASHEET,
    note: tx('validation.accNoteV100'),
  },
  {
    id: 'nvidia-a100',
    vendor: 'NVIDIA',
    name: 'NVIDIA A100',
    peakFlopPerSecond: 312e12,
    precision: 'BF16 dense',
    source: DATASHEET,
    note: tx('validation.accNoteA100'),
  },
  {
    id: 'nvidia-h100-sxm',
    vendor: 'NVIDIA',
    name: 'NVIDIA H100 SXM',
    peakFlopPerSecond: 989e12,
    precision: 'BF16 dense',
    source: DATASHEET,
    note: tx('validation.accNoteH100'),
  },
  {
    id: 'nvidia-h200',
    vendor: 'NVIDIA',
    name: 'NVIDIA H200',
    peakFlopPerSecond: 989e12,
    precision: 'BF16 dense',
    source: DATASHEET,
    note: tx('validation.accNoteH200'),
  },
  {
    id: 'nvidia-b200',
    vendor: 'NVIDIA',
    name: 'NVIDIA B200',
    peakFlopPerSecond: 2.25e15,
    precision: 'BF16 dense',
    source: DATASHEET,
    note: tx('validation.accNoteB200'),
  },
  {
    id: 'nvidia-gb200',
    vendor: 'NVIDIA',
    name: 'NVIDIA GB200 (per Blackwell GPU)',
    peakFlopPerSecond: 2.5e15,
    precision: 'BF16 dense',
    source: DATASHEET,
    note: tx('validation.accNoteGb200'),
  },
  {
    id: 'amd-mi300x',
    vendor: 'AMD',
    name: 'AMD Instinct MI300X',
    peakFlopPerSecond: 1307.4e12,
    precision: 'BF16 dense',
    source: DATASHEET,
    note: tx('validation.accNoteMi300x'),
  },
  {
    id: 'google-tpu-v4',
    vendor: 'Google',
    name: 'Google TPU v4',
    peakFlopPerSecond: 275e12,
    precision: 'BF16 dense',
    source: DATASHEET,
    note: tx('validation.accNotePerChip'),
  },
  {
    id: 'google-tpu-v5e',
    vendor: 'Google',
    name: 'Google TPU v5e',
    peakFlopPerSecond: 197e12,
    precision: 'BF16 dense',
    source: DATASHEET,
    note: tx('validation.accNotePerChip'),
  },
  {
    id: 'google-tpu-v5p',
    vendor: 'Google',
    name: 'Google TPU v5p',
    peakFlopPerSecond: 459e12,
    precision: 'BF16 dense',
    source: DATASHEET,
    note: tx('validation.accNotePerChip'),
  },
];

/** The preset with this id, or undefined. */
export function findAccelerator(id: string): AcceleratorPreset | undefined {
  return ACCELERATOR_PRESETS.find((a) => a.id === id);
}
