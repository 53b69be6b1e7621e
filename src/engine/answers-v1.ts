/**
 * FROZEN: the version 1 answers schema (rules 2026.11.1), kept only so that version 1 share links, drafts and
 * files can be read and migrated (./migrate.ts). Never change it; the current schema is ./answers.ts.
 *
 * The answers schema: the single contract for the wizard, share links, JSON import, the CLI and the
 * published JSON Schema (docs/answers.schema.json). Facts only — never legal conclusions (PRODUCT.md §Principles).
 * Every factual answer accepts "unknown" (principle 4). Fields of screens that do not apply are optional and
 * ignored by the engine.
 */
import { z } from 'zod';
import { isoDate, UNKNOWN } from './answers';

export const ANSWERS_SCHEMA_VERSION_V1 = 1 as const;

const yesNoUnknown = z.enum(['yes', 'no', 'unknown']);
export type YesNoUnknown = z.infer<typeof yesNoUnknown>;

const dateOrUnknown = z.union([isoDate, z.literal(UNKNOWN)]);

/** Floating-point operations: a finite, non-negative number (R42–R46). 1e30 is far above any real run. */
export const flop = z
  .number({ message: 'Enter the compute as a number of FLOP, for example 3.8e25.' })
  .finite({ message: 'Enter a finite number of FLOP.' })
  .min(0, { message: 'Compute cannot be negative.' })
  .max(1e30, { message: 'Compute above 10^30 FLOP is not plausible; check the exponent.' });

const flopOrUnknown = z.union([flop, z.literal(UNKNOWN)]);

export const ROLES = [
  'developer', // trained it ourselves (R14)
  'commissioned', // had it trained by someone else for us (R14, Art. 3(3) "has developed")
  'modifier', // modifies / fine-tunes someone else's model (R23–R30)
  'integrator', // only uses a third-party model via API or unmodified weights (R21)
  'host', // hosts others' models: hub, cloud marketplace (R14, E23)
  'hobbyist', // individual, non-professional (R22, E11)
  'research', // research lab / institution (R2, R3, E10)
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const OUTPUT_MODALITIES = ['text', 'audio', 'image', 'video', 'other'] as const;
export const outputModalitySchema = z.enum(OUTPUT_MODALITIES);
export type OutputModality = z.infer<typeof outputModalitySchema>;

export const GENERALITY = ['broad', 'narrow', 'unknown'] as const;

/** Channels of first making available (R15) plus internal use (R17) and "not yet" (R2). */
export const CHANNELS = [
  'api',
  'package',
  'hub',
  'physicalCopy',
  'cloud',
  'customerInfrastructure',
  'ownApp', // own chatbot / mobile app / own AI system (R15, R16)
  'internalEssential', // internal use essential to a service to third parties or affecting rights (R15)
  'internalOnly', // purely internal (R17, E8)
  'researchPartners', // shared only with research partners, solely for research (R3, E10)
  'notYet', // not placed yet / research or development only (R2)
] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

export const EU_AVAILABILITY = ['direct', 'viaDownstream', 'none', 'unknown'] as const;

export const LICENCE_RESTRICTIONS = [
  'nonCommercial', // R51
  'userCap', // R51 (e.g. monthly active users)
  'separateCommercialLicence', // R51
  'noDistribution', // R51
  'safetyClauses', // R52 allowed, proportionate safety-based restrictions (E15)
  'attributionShareAlike', // R52 allowed
] as const;

export const MONETISATION = [
  'price', // R53
  'dualLicence', // R53
  'requiredPaidSupport', // R53 (support/runtime without which it would not work)
  'exclusivePaidHosting', // R53 (incl. free access funded by ads)
  'personalData', // R53 personal data as a condition of access
  'optionalPaidServices', // R54 not monetisation
] as const;

export const CONTEST_STATUS = ['none', 'pending', 'accepted', 'rejected'] as const;
export const CODE_OF_PRACTICE = ['full', 'partial', 'none', 'unknown'] as const;

export const computeSchema = z
  .object({
    /** Compute directly contributing to parameter updates (R12, R42) — the 10^23 test. */
    parameterUpdateFlop: flopOrUnknown,
    /** How the figure was obtained (R43–R45); informs the ±30 % warnings. */
    method: z.enum(['measured', 'hardware', 'architecture', 'unknown']).default('unknown'),
    /** Non-public synthetic data generation compute (R33); 0 when none. */
    syntheticDataFlop: flopOrUnknown.default(0),
    /** Compute that trained weights merged in or used for initialisation (R33, E5); 0 when none. */
    inheritedWeightsFlop: flopOrUnknown.default(0),
  })
  .strict();

export const placingSchema = z
  .object({
    channels: z.array(channelSchema).min(1, { message: 'Choose at least one option.' }),
    euAvailability: z.enum(EU_AVAILABILITY),
    /** For the developer: did you clearly and unequivocally exclude distribution and use in the Union (R19)? */
    euExcluded: yesNoUnknown.default('no'),
    /** Date first placed on the Union market (or planned). */
    placingDate: dateOrUnknown.optional(),
  })
  .strict();

export const integrationSchema = z
  .object({
    /** Is the AI system built on the model placed on the market or put into service in the Union? (R19) */
    systemInEu: yesNoUnknown,
    /** Did the upstream model provider clearly exclude distribution and use in the Union? (R19, E13) */
    upstreamExcludedEu: yesNoUnknown,
    /** Date the system was (or will be) placed in the Union. */
    systemPlacingDate: dateOrUnknown.optional(),
  })
  .strict();

export const modificationSchema = z
  .object({
    originalComputeFlop: flopOrUnknown,
    originalSystemicRisk: yesNoUnknown,
    modificationFlop: flopOrUnknown,
    /** Non-public synthetic data generated for the modification (R33): counts toward cumulative compute (E5). */
    syntheticDataFlop: flopOrUnknown.default(0),
    /** Fine-tuned through the original provider's API, the result staying on its platform under its name (E17). */
    viaOriginalProviderPlatform: yesNoUnknown.default('no'),
    /** Date the modified model was (or will be) first placed. */
    modificationPlacingDate: dateOrUnknown.optional(),
  })
  .strict();

export const licenceSchema = z
  .object({
    /** Free text, e.g. "Apache-2.0"; display only. */
    name: z.string().trim().max(80).optional(),
    access: yesNoUnknown,
    use: yesNoUnknown,
    modify: yesNoUnknown,
    distribute: yesNoUnknown,
    restrictions: z.array(z.enum(LICENCE_RESTRICTIONS)).default([]),
    weightsPublic: yesNoUnknown,
    architecturePublic: yesNoUnknown,
    usageInfoPublic: yesNoUnknown,
    monetisation: z.array(z.enum(MONETISATION)).default([]),
    /** Monetised transactions take place only between microenterprises (R54, E16). */
    microenterpriseDeal: yesNoUnknown.default('no'),
  })
  .strict();

export const systemicRiskSchema = z
  .object({
    /** Date the 10^25 threshold was met or it became known it would be met (R34, R35). */
    thresholdMetDate: dateOrUnknown.optional(),
    designated: yesNoUnknown.default('no'),
    /** Date the provider was informed of the designation (R38). */
    designationInformedDate: dateOrUnknown.optional(),
    contest: z.enum(CONTEST_STATUS).default('none'),
    /** Date the provider was informed that its contest was accepted (R37). */
    contestDecisionDate: dateOrUnknown.optional(),
    /** Date the Commission was notified under Art. 52(1), if it has been (R35, R62). */
    notifiedDate: dateOrUnknown.optional(),
  })
  .strict();

export const answersSchemaV1 = z
  .object({
    schemaVersion: z.literal(ANSWERS_SCHEMA_VERSION_V1),
    /** Optional, stays local; only put in share links when the user opts in. */
    modelName: z.string().trim().max(120).optional(),
    role: roleSchema,
    euEstablished: yesNoUnknown,
    outputModalities: z.union([z.array(outputModalitySchema).min(1), z.literal(UNKNOWN)]),
    generality: z.enum(GENERALITY),
    compute: computeSchema.optional(),
    placing: placingSchema.optional(),
    integration: integrationSchema.optional(),
    modification: modificationSchema.optional(),
    licence: licenceSchema.optional(),
    systemicRisk: systemicRiskSchema.optional(),
    codeOfPractice: z.enum(CODE_OF_PRACTICE).default('unknown'),
  })
  .strict();

/** Answers as accepted from outside (defaults may be missing). */
export type AnswersV1Input = z.input<typeof answersSchemaV1>;
/** Answers after parsing: defaults filled in. The engine works on this. */
export type AnswersV1 = z.output<typeof answersSchemaV1>;

export type ComputeAnswers = z.output<typeof computeSchema>;
export type PlacingAnswers = z.output<typeof placingSchema>;
export type IntegrationAnswers = z.output<typeof integrationSchema>;
export type ModificationAnswers = z.output<typeof modificationSchema>;
export type LicenceAnswers = z.output<typeof licenceSchema>;
export type SystemicRiskAnswers = z.output<typeof systemicRiskSchema>;
