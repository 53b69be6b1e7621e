/**
 * The answers schema: the single contract for the wizard, share links, JSON import, the CLI and the
 * published JSON Schema (docs/answers.schema.json). Facts only — never legal conclusions (PRODUCT.md §Principles).
 * Every factual answer accepts "unknown" (principle 4). Fields of screens that do not apply are optional and
 * ignored by the engine.
 */
import { z } from 'zod';

/** Version 2 (rules revision 2): facts instead of judgements (E27), intention to place (R88), internal-use
 * location (R17, E8), commercial facts (E30), name on the model and acting for the original provider (R91),
 * steps already taken, reach (R92). Version 1 answers are migrated by ./migrate.ts. */
export const ANSWERS_SCHEMA_VERSION = 2 as const;

export const UNKNOWN = 'unknown' as const;

const yesNoUnknown = z.enum(['yes', 'no', 'unknown']);
export type YesNoUnknown = z.infer<typeof yesNoUnknown>;

/** A real calendar date written YYYY-MM-DD (no time, no zone): 2025-02-30 is rejected. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Write the date as YYYY-MM-DD, for example 2026-03-15.' })
  .refine(isRealCalendarDate, {
    message: 'This date does not exist in the calendar. Check the day and month.',
  });

export function isRealCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
}

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
  'consortium', // develops it in a consortium, as coordinator or member (R14)
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * R7, R10 (rev. 2): language is text (incl. code) or audio *containing speech*; images and video count only when
 * generated from text prompts. Audio without speech (music, sound effects) and image-to-image work (upscaling,
 * inpainting, editing) do not meet the modality half of the criterion on their own.
 */
export const OUTPUT_MODALITIES = [
  'text',
  'speech', // audio containing speech
  'otherAudio', // music, sound effects: no speech
  'image', // text-to-image
  'imageEdit', // image-to-image only: upscaling, inpainting, editing
  'video', // text-to-video
  'other',
] as const;
export const outputModalitySchema = z.enum(OUTPUT_MODALITIES);
export type OutputModality = z.infer<typeof outputModalitySchema>;

/** E27: the single task a model was designed and trained for (the Commission's narrow examples, R10), if any. */
export const SINGLE_TASKS = [
  'none', // not built for one specific task
  'transcription',
  'textToSpeech',
  'upscaling',
  'inpainting',
  'gamePlaying',
  'physicalModelling', // weather or other physical systems
  'music',
  'soundEffects',
  'otherSingleTask',
  'unknown',
] as const;

/** E27: distinct tasks the model performs competently or was evaluated on (R1, R8). */
export const TASKS = [
  'conversation',
  'writing',
  'summarisation',
  'translation',
  'code',
  'questionAnswering',
  'reasoning', // maths, planning, multi-step reasoning
  'extraction', // classification, information extraction
  'imageGeneration',
  'imageUnderstanding',
  'speechTasks', // speech recognition or synthesis as one of several tasks
  'toolUse', // agents: calling tools or APIs
] as const;

/** Channels of first making available (R15) plus internal use (R17) and "not yet" (R2). */
export const CHANNELS = [
  'api',
  'package',
  'hub',
  'physicalCopy',
  'cloud',
  'customerInfrastructure',
  'ownApp', // own chatbot / mobile app / own AI system (R15, R16)
  'internalEssential', // internal processes a product or service for others depends on (R15)
  'internalOnly', // internal use only, neither of the two facts below applies (R17, E8)
  'researchPartners', // shared only with research partners, solely for research (R3, E10)
  'notYet', // not made available yet (R2, R88)
  'downstreamSupply', // supplied to another company that builds it into its AI system (R18, R19)
  'internalAffectsPeople', // internal use to make or support decisions about natural persons (R15)
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

export const CONTEST_STATUS = ['none', 'pending', 'accepted', 'rejected', 'unknown'] as const;

/** R88: is the model meant to be placed on the Union market? "undecided" is read as intended, flagged. */
export const PLACING_INTENTION = ['yes', 'no', 'undecided'] as const;
/** R17, E8 (rev. 2): where internal use takes place. */
export const INTERNAL_USE_LOCATION = ['eu', 'outsideEu', 'both', 'unknown'] as const;
/** R91: under whose name or trademark the model is made available. */
export const NAME_ON_MODEL = ['own', 'client', 'originalProvider', 'unknown'] as const;
/** R13: is this model a new large pre-training run, or a later version of a model already placed? */
export const LIFECYCLE = ['newModel', 'laterVersion', 'unknown'] as const;
/** R22, E11, E30: facts of commercial activity (a public release above 10^25 FLOP is derived, not asked). */
export const COMMERCIAL_FACTS = [
  'price', // a price, subscription or licence fee
  'otherMonetisation', // advertising, paid tiers or paid support tied to access, donations for access
  'apiOrAppBusiness', // an API or app offered to others as a business
  'regularSupply', // supplied regularly to others, not a one-off
] as const;
/** R92, Annex XIII(f): registered business users in the Union. */
export const EU_BUSINESS_USERS = ['atLeast10000', 'fewer', 'unknown'] as const;
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
    /** R88: for a model not yet placed, the cumulative compute planned for it (all runs, R33). */
    plannedCumulativeFlop: flopOrUnknown.optional(),
  })
  .strict();

export const placingSchema = z
  .object({
    channels: z.array(channelSchema).min(1, { message: 'Choose at least one option.' }),
    euAvailability: z.enum(EU_AVAILABILITY),
    /** For the developer: did you clearly and unequivocally exclude distribution and use in the Union (R19)? */
    euExcluded: yesNoUnknown.default('no'),
    /** Date first placed on the Union market (or planned). For a later version (R13), the first version's. */
    placingDate: dateOrUnknown.optional(),
    /** R88: for a model not yet placed ("notYet"), is it meant to be placed on the Union market? */
    intention: z.enum(PLACING_INTENTION).optional(),
    /** R17, E8: where internal use takes place (only asked for internal-use channels). */
    internalUseLocation: z.enum(INTERNAL_USE_LOCATION).optional(),
    /** R91: under whose name or trademark it is made available; absent = the user's own. */
    nameOnModel: z.enum(NAME_ON_MODEL).optional(),
    /** R13: new model or later version of a model already placed (then placingDate is the first version's). */
    lifecycle: z.enum(LIFECYCLE).optional(),
    /** R22, E30: facts of commercial activity (asked of hobbyists and research labs). */
    commercial: z.array(z.enum(COMMERCIAL_FACTS)).optional(),
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
    /** R91: the modification is made by or on behalf of the original provider (then part of its lifecycle, R13). */
    onBehalfOfOriginal: yesNoUnknown.default('no'),
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
    /** R37: were the Art. 52(2) arguments submitted with the notification? */
    contestWithNotification: yesNoUnknown.optional(),
    /** R92, Annex XIII(f): registered business users in the Union. */
    euBusinessUsers: z.enum(EU_BUSINESS_USERS).optional(),
  })
  .strict();

/** A count (parameters): a finite, non-negative number. */
export const count = z
  .number({ message: 'Enter a number, for example 7e9 for seven billion.' })
  .finite({ message: 'Enter a finite number.' })
  .min(0, { message: 'The number cannot be negative.' })
  .max(1e16, { message: 'More than 10^16 is not plausible; check the exponent.' });

/** R8, R9, R10, E27 (rev. 2): facts about generality, from which the engine derives the R9 override. */
export const generalityFactsSchema = z
  .object({
    /** Number of parameters (R8: ≥ 1 billion with large data and self-supervision → significant generality). */
    parameterCount: z.union([count, z.literal(UNKNOWN)]).optional(),
    /** Trained on a large amount of data from a broad range of sources (R8). */
    largeBroadData: yesNoUnknown.optional(),
    /** Trained with self-supervision at scale (R8). */
    selfSupervised: yesNoUnknown.optional(),
    /** Distinct tasks it performs competently or was evaluated on (R1). */
    tasks: z.union([z.array(z.enum(TASKS)), z.literal(UNKNOWN)]).optional(),
    /** The one specific task it was designed and trained for, if any (R10, E27). */
    singleTask: z.enum(SINGLE_TASKS).optional(),
  })
  .strict();

/** Steps already taken: an obligation the user has met shows as done (rev. 2, "Steps already taken"). */
export const stepsTakenSchema = z
  .object({
    /** Art. 54: EU authorised representative appointed by written mandate (R61). */
    authorisedRepresentative: yesNoUnknown.optional(),
    /** Art. 53(1)(a): technical documentation drawn up (R56). */
    technicalDocumentation: yesNoUnknown.optional(),
    /** Art. 53(1)(b): information for downstream providers in place (R57). */
    downstreamInformation: yesNoUnknown.optional(),
    /** Art. 53(1)(c): copyright policy adopted (R58). */
    copyrightPolicy: yesNoUnknown.optional(),
    /** Art. 53(1)(d): training-content summary published (R59). */
    trainingSummary: yesNoUnknown.optional(),
  })
  .strict();

export const answersSchema = z
  .object({
    schemaVersion: z.literal(ANSWERS_SCHEMA_VERSION),
    /** Optional, stays local; only put in share links when the user opts in. */
    modelName: z.string().trim().max(120).optional(),
    role: roleSchema,
    /** R14: for role "consortium", whether the user coordinates it. */
    consortiumRole: z.enum(['coordinator', 'member', 'unknown']).optional(),
    euEstablished: yesNoUnknown,
    outputModalities: z.union([z.array(outputModalitySchema).min(1), z.literal(UNKNOWN)]),
    generalityFacts: generalityFactsSchema.optional(),
    compute: computeSchema.optional(),
    placing: placingSchema.optional(),
    integration: integrationSchema.optional(),
    modification: modificationSchema.optional(),
    licence: licenceSchema.optional(),
    systemicRisk: systemicRiskSchema.optional(),
    stepsTaken: stepsTakenSchema.optional(),
    codeOfPractice: z.enum(CODE_OF_PRACTICE).default('unknown'),
  })
  .strict();

/** Answers as accepted from outside (defaults may be missing). */
export type AnswersInput = z.input<typeof answersSchema>;
/** Answers after parsing: defaults filled in. The engine works on this. */
export type Answers = z.output<typeof answersSchema>;

export type ComputeAnswers = z.output<typeof computeSchema>;
export type PlacingAnswers = z.output<typeof placingSchema>;
export type IntegrationAnswers = z.output<typeof integrationSchema>;
export type ModificationAnswers = z.output<typeof modificationSchema>;
export type LicenceAnswers = z.output<typeof licenceSchema>;
export type SystemicRiskAnswers = z.output<typeof systemicRiskSchema>;
export type GeneralityFacts = z.output<typeof generalityFactsSchema>;
export type StepsTaken = z.output<typeof stepsTakenSchema>;
