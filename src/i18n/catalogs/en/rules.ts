/**
 * Messages of the area "rules" (ids "rules.<key>"): the rules reference (RULES.md rev. 2) shown on #/rules,
 * in its own wording. Keys: the section headings, then per rule or edge case its statement ("r1", "e7"), its
 * title ("e7Title") and the source line as the reference writes it ("r1Source"). This area alone may write the
 * law's dates and thresholds literally: it is the reference's own text, not the engine's.
 */
export const rules = {
  // Sections of the reference
  sectionScope: 'Scope and definitions',
  sectionGpai: 'Is the model a GPAI model?',
  sectionProvider: 'Is the user the provider? (placing on the market)',
  sectionModifiers: 'Downstream modifiers',
  sectionSystemicRisk: 'Systemic risk',
  sectionCompute: 'Estimating training compute (GL Annex)',
  sectionOpenSource: 'Open-source exemption',
  sectionObligations: 'Obligations (who owes what)',
  sectionTimeline: 'Timeline and transitional rules',
  sectionEnforcement: 'Enforcement, fines, Code of Practice',
  sectionTemplate: 'Training-content summary template (TPL)',
  sectionChanges: 'Changes in 2025–2026',
  sectionArticle25: 'Article 25 (value chain) — relevance note',
  sectionAddedRev2: 'Added in revision 2',
  sectionEdgeCases: 'Edge cases and ambiguities',
  // R1
  r1: 'A model counts as a general-purpose AI model if it shows "significant generality", can "competently" perform a wide range of distinct tasks, and can be integrated into various downstream systems, however it is placed on the market → Chapter V applies to its provider once placed.',
  r1Source: 'Art. 3(63).',
  // R2
  r2: 'A model used only for research, development or prototyping before being placed on the market is excluded from the GPAI definition → no Chapter V obligations until it is placed, with one exception: where the model is meant to be placed (a date need not be decided) and its cumulative training compute exceeds, or is known to be going to exceed, 10^25 FLOP, the Art. 52(1) notification is owed before placing (R88). Only a model with no intention to place stays wholly outside.',
  r2Source: 'Art. 3(63) (final clause); Art. 2(8); Rec. 97 last sentences; Art. 52(1); Rec. 112; GL §2.3.2.',
  // R3
  r3: 'AI models (and their output) specifically developed and put into service for the sole purpose of scientific research and development → outside the Act altogether. Real-world testing is not covered by the R&D exclusion.',
  r3Source:
    'Art. 2(6), 2(8); Rec. 109 (persons developing/using models for non-professional or scientific research purposes need not comply).',
  // R4
  r4: 'The Act applies to providers placing GPAI models on the Union market whether or not they are established in the EU.',
  r4Source: 'Art. 2(1)(a); GL §3.1.',
  // R5
  r5: 'Provider = person/body that develops a GPAI model, or has one developed, and places it on the market under its own name or trademark, paid or free. Placing on the market = first making available on the Union market; making available = supply for distribution or use "in the course of a commercial activity", paid or free.',
  r5Source: 'Art. 3(3), 3(9), 3(10).',
  // R6
  r6: "The guidelines are not binding but are the basis of the Commission's enforcement; case-by-case assessment is always needed.",
  r6Source: 'GL ¶9.',
  // R7
  r7: 'Indicative criterion: training compute strictly greater than 10^23 FLOP and the model can generate language (text — including code — or audio — including speech), text-to-image, or text-to-video → the model is presumptively a GPAI model.',
  r7Source: 'GL ¶17, fn 2 and 3.',
  // R8
  r8: '10^23 FLOP ≈ compute typically used to train a ~1 B-parameter model on a large dataset; models with ≥1 B parameters trained on large data with self-supervision at scale are considered to display significant generality. These are facts a user can answer (parameter count, size and breadth of training data, training objective, which distinct tasks it performs); the engine asks them instead of asking the user whether the model is "general" and derives the R9 override from them (E27).',
  r8Source: 'GL ¶18; Rec. 98.',
  // R9
  r9: 'The criterion is rebuttable both ways: a model meeting it that exceptionally lacks significant generality / wide task competence is not GPAI; a model not meeting it that exceptionally does display them is GPAI.',
  r9Source: 'GL §2.1 (paragraph after ¶19, before the examples).',
  // R10
  r10: 'Commission examples: broad natural-language model at 10^24 → GPAI. Not GPAI (even at 10^24 FLOP) when the model can only do a narrow task: speech transcription, text-to-speech, image upscaling, image inpainting, chess/video-game playing, weather/physical-system modelling, music generation from prompts incl. lyrics, sound-effect generation with low-quality speech. "Language" covers text and audio containing speech: audio output without speech (music, sound effects) does not meet the modality half of R7 on its own. A text model at 10^22 that cannot do a wide range of tasks → not GPAI.',
  r10Source: 'GL §2.1 examples; GL ¶17 fn.',
  // R11
  r11: 'Models that cannot generate language, text-to-image or text-to-video (e.g. game agents, weather models, classifiers) → the criterion indicates not GPAI (subject to R9).',
  r11Source: 'GL ¶17, ¶19, §2.1 examples.',
  // R12
  r12: 'For the 10^23 test (and for the 1/3 modification test when the model is not GPAI-SR), "training compute" = compute directly contributing to parameter updates (not cumulative compute).',
  r12Source: 'GL Annex A.1 ¶115.',
  // R13
  r13: "Lifecycle: a model's lifecycle starts with its large pre-training run; all later development by or on behalf of the same provider (fine-tuning, post-training, distillation, quantisation, weight merging), before or after placement, is the same model. A new large pre-training run = a new model. Documentation must be kept up to date across the lifecycle; one copyright policy may cover all models; a training summary is needed for each model placed; SR assessment is continuous.",
  r13Source: 'GL §2.2 and fn 5; Rec. 114–115.',
  // R14
  r14: 'Actor A develops and places → A is provider. A has B develop it for A and A places it → A is provider. A uploads it to a repository hosted by C → A is provider (host C is not). Consortium → usually the coordinator (or the consortium), case-by-case.',
  r14Source: 'GL §3.1.1.',
  // R15
  r15: "First making available on the Union market through any of these counts as placing on the market: software library/package; API; upload to a public catalogue, hub or repository for direct download; physical copy; cloud computing service; copying onto a customer's own infrastructure; integration into a chatbot offered via web interface; integration into a mobile app offered via app stores; use for internal processes that are essential for providing a product or service to third parties or that affect the rights of natural persons in the Union. Read with the Blue Guide, case-by-case.",
  r15Source: 'GL §3.1.2; Rec. 97.',
  // R16
  r16: 'A provider that integrates its own GPAI model into its own AI system that is made available on the market or put into service → the model is deemed placed on the market; model obligations apply in addition to system obligations.',
  r16Source: 'Rec. 97; GL §3.1.3.',
  // R17
  r17: 'Own model used for purely internal processes not essential to providing a product/service to third parties and not affecting natural persons\' rights → model obligations do not apply. But Rec. 97 adds that GPAI models with systemic risk should "always" be subject to the obligations (see edge case E8). That sentence does not extend the Act\'s territorial reach: internal use counts only where it happens on the Union market or affects persons in the Union; a provider outside the EU using a model only internally outside the EU has not placed it on the Union market (Art. 2(1)(a), 3(9); R20).',
  r17Source: 'Rec. 97; GL §3.1.2 (a contrario); Art. 2(1)(a).',
  // R18
  r18: 'Upstream actor first makes its model available to a downstream actor on the Union market → model placed; upstream = model provider; downstream integrator = provider of the AI system only.',
  r18Source: 'GL §3.1.3.',
  // R19
  r19: 'Upstream actor makes the model available to a downstream actor outside the Union, which integrates it into an AI system placed on the market / put into service in the Union → the model is deemed placed on the Union market when that system is; the upstream actor is the model provider unless it excluded Union distribution and use "in a clear and unequivocal way" (incl. integration into systems meant for the Union); if it did, the downstream integrator becomes the model provider.',
  r19Source: 'GL §3.1.3.',
  // R20
  r20: 'Model never made available in the Union (and not integrated into any system placed/used in the Union) → not placed on the Union market → not a provider under the Act for that model.',
  r20Source: 'Art. 2(1)(a), 3(9); GL §3.1.',
  // R21
  r21: "An actor that only calls a third-party model (API or unmodified weights) to build an AI system is a downstream provider of an AI system (Art. 3(68)), not a GPAI-model provider; it may complain to the AI Office about a GPAI provider's infringement.",
  r21Source: 'Art. 3(68), 89(2); GL §3.1.3.',
  // R22
  r22: '"Making available" requires a commercial activity (paid or free); GL tells readers to apply the Blue Guide. Occasional, non-professional supply by a private individual is most defensibly outside "placing on the market" (see E11). The label the user picks does not decide this: a price or other monetisation, an API or app offered as a business, or regular supply are facts of commercial activity that make the supply "making available" whoever does it; they override a hobbyist or research self-description.',
  r22Source:
    'Art. 3(10); GL §3.1.2 (Blue Guide reference); Rec. 109. Blue-Guide wording itself UNVERIFIED (not retrieved).',
  // R23
  r23: 'A downstream actor (not the original provider and not acting for it) that modifies — including fine-tunes — a GPAI model becomes provider of the modified model only if the modification causes a significant change in generality, capabilities or systemic risk.',
  r23Source: 'GL ¶57–59; Rec. 97.',
  // R24
  r24: "Indicative criterion for R23: compute used for the modification > one third of the original model's training compute. Exactly one third does not meet it. (Engine: compare `3 × modificationCompute > originalCompute` to avoid floating-point error.)",
  r24Source: 'GL ¶60.',
  // R25
  r25: "If the modifier cannot know or estimate the original's compute: threshold = 1/3 × 10^25 (≈ 3.33×10^24 FLOP) when the original is GPAI-SR; otherwise 1/3 × 10^23 (≈ 3.33×10^22 FLOP).",
  r25Source: 'GL ¶61.',
  // R26
  r26: 'The threshold is relative so that modifying small models is not discouraged; few modifications meet it today; the approach is forward-looking and may change.',
  r26Source: 'GL §3.2 (¶63 and the neighbouring paragraphs).',
  // R27
  r27: 'Who counts as the modifier (original provider or downstream actor) is case-by-case; control over the weights is an important factor, e.g. for fine-tuning via an API.',
  r27Source: 'GL fn 12.',
  // R28
  r28: 'A modifier that becomes provider has the Art. 53 obligations limited to the modification: documentation about the modification; copyright policy and public training summary covering the data used for the modification. It must also comply with Art. 54 (if established outside the EU).',
  r28Source: 'Rec. 109; GL §3.2.1.',
  // R29
  r29: 'A modifier that becomes provider of a modification of a GPAI-SR model → the modified model is presumed to have high-impact capabilities → GPAI-SR; the modifier must notify under Art. 52(1) and comply with Art. 55.',
  r29Source: 'GL §3.2.2 ¶67; GL fn 6–7.',
  // R30
  r30: 'A modification below the threshold → the modifier is not a GPAI-model provider; the original provider remains provider of the original model.',
  r30Source: 'GL §3.2.',
  // R31
  r31: 'A GPAI model has systemic risk if (a) it has high-impact capabilities (capabilities matching or exceeding the most advanced models), or (b) the Commission designates it (ex officio or after a qualified alert of the scientific panel) as having equivalent capabilities/impact under Annex XIII.',
  r31Source: 'Art. 51(1); Art. 3(64), 3(65).',
  // R32
  r32: 'Presumption: cumulative training compute strictly greater than 10^25 FLOP → presumed high-impact capabilities.',
  r32Source: 'Art. 51(2).',
  // R33
  r33: 'Cumulative training compute includes everything that contributed to capabilities: pre-training, fine-tuning/RL, non-public synthetic data generation (all generated samples, including discarded ones), and compute that trained pre-existing weights merged or used for initialisation. Excluded: generation of publicly accessible synthetic data; evaluations and red-teaming; exploratory research / failed, discarded experiments; training of teacher models for distillation; training of auxiliary models (reward models, value functions); activation recomputation.',
  r33Source: 'Rec. 111; GL Annex A.1 ¶116 and following.',
  // R34
  r34: 'Classification starts from the moment a condition in Art. 51(1) is met. Whether the Art. 55 obligations bind before the model is placed is contested: GL reads them as running from that moment; Art. 3(3) and 3(63) tie the provider\'s duties to placing. Engine: Art. 52(1) runs from the threshold date (R35); show Art. 55 as applying from placement at the latest, "prepare from" the threshold date, and flag the earlier reading as an ambiguity (E28).',
  r34Source:
    "GL ¶26 (earlier cited here as ¶27; the number is inferred from the guidelines' own cross-references — UNVERIFIED against the official PDF).",
  // R35
  r35: 'Notification: without delay and at the latest two weeks after the threshold is met or it becomes known it will be met, computed under R87 (a deadline on a weekend or public holiday moves to the next working day); may be required before training finishes and before any placing date is decided (R88); providers should estimate compute before the large pre-training run and keep monitoring if below. Where the date the threshold was met is unknown but the model is already placed, see R89.',
  r35Source: 'Art. 52(1); Rec. 112; GL §2.3.2.',
  // R36
  r36: 'The notification must contain the compute estimate (FLOP, two significant figures) and the estimation method.',
  r36Source: 'Art. 52(1); GL ¶31.',
  // R37
  r37: 'Contesting the presumption: the provider may argue, with the notification, that exceptionally the model does not present systemic risk; burden is on the provider; arguments that rely on mitigations are not accepted; obligations are not suspended while pending. If rejected → SR from when the condition was met. If accepted → SR obligations end when the provider is informed; must re-notify on substantial change or if the decision rested on incomplete/incorrect information; designation remains possible.',
  r37Source: 'Art. 52(2)–(3); GL §2.3.3.',
  // R38
  r38: 'Designation: Commission may designate using Annex XIII criteria (parameters; dataset size; compute or proxies such as cost/time/energy; modalities; benchmarks incl. autonomy, scalability, tool access; reach — presumed at ≥10 000 registered EU business users (R92); number of registered end-users). Obligations apply from the moment the provider is informed of the designation. If the model met Art. 51(1)(a) and the provider failed to notify, the Commission may designate and obligations run from when the condition was met; fine possible under Art. 101.',
  r38Source: 'Art. 51(1)(b), 52(1) last sentence, 52(4); Annex XIII; GL §2.3.4.',
  // R39
  r39: 'A designated provider may ask for reassessment no earlier than 6 months after designation (and again ≥6 months after a refusal), with objective, detailed, new reasons.',
  r39Source: 'Art. 52(5); GL §2.3.5.',
  // R40
  r40: 'The Commission publishes and updates a list of GPAI models with systemic risk.',
  r40Source: 'Art. 52(6).',
  // R41
  r41: 'Thresholds may be changed by delegated act (Art. 51(3)); Annex XIII criteria likewise (Art. 52(4)). In the consolidated text dated 27 July 2026 the threshold is still 10^25; no delegated act changing it was found (UNVERIFIED for later dates).',
  r41Source: 'Art. 51(3), 52(4), 97(2).',
  // R42
  r42: 'Two meanings of "training compute": for non-SR purposes (R7, R24), compute directly contributing to parameter updates; for deciding whether a model is SR, cumulative compute (R33).',
  r42Source: 'GL Annex A.1 ¶115–116.',
  // R43
  r43: "Any estimation method is acceptable if, in the provider's best judgement, it is accurate within a 30 % overall error margin; assumptions, method and uncertainties must be documented.",
  r43Source: 'GL Annex A.2.',
  // R44
  r44: 'Hardware-based: C = N (number of GPUs/units) × L (seconds used) × H (peak theoretical FLOP/s, weighted average for mixed hardware) × U (average utilisation); sum per period if N varies.',
  r44Source: 'GL Annex A.2.1.',
  // R45
  r45: 'Architecture-based: C = number of full (forward+backward) passes × operations per pass; for large dense transformers C ≈ 6·P·D (P = parameters, D = training tokens; "large" = P much larger than 1/12 of context length in tokens).',
  r45Source: 'GL Annex A.2.2, fn 13–14.',
  // R46
  r46: 'All operations count equally regardless of floating-point precision.',
  r46Source: 'GL Annex A.2.',
  // R47
  r47: 'Reference points: eight ~0.6–3.8 B-parameter models were estimated at 7.5×10^22 to 6.5×10^23 FLOP (e.g. 3.8 B params × 3.3 T tokens ≈ 7.5×10^22; 1 B-param image diffusion ≈ 10^23).',
  r47Source: 'GL Annex A.3.',
  // R48
  r48: 'Providers of models released under a free and open-source licence allowing access, use, modification and distribution, whose parameters incl. weights, model-architecture information and model-usage information are publicly available, are exempt from Art. 53(1)(a), Art. 53(1)(b) and Art. 54 — unless the model is a GPAI model with systemic risk.',
  r48Source: 'Art. 53(2), 54(6); Rec. 102, 104; GL §4.1.',
  // R49
  r49: "The exemption never covers Art. 53(1)(c) (copyright policy incl. honouring Art. 4(3) DSM opt-outs) or Art. 53(1)(d) (public training-content summary). Art. 53(3) (cooperation) is also outside the exemption's wording.",
  r49Source: 'Art. 53(2); Rec. 104; GL §4.1.',
  // R50
  r50: 'Licence test: all four rights must exist. Access: anyone may obtain the model without payment (reasonable, non-discriminatory safety/security steps such as user verification are allowed). Use: no IP-based restriction or charge beyond attribution and same/compatible-terms distribution. Modification: free. Distribution: free onward distribution with limited conditions (e.g. attribution); derivatives may be relicensed.',
  r50Source: 'GL §4.2.1; Rec. 102.',
  // R51
  r51: 'Licence terms that disqualify: non-commercial or research-only use; ban on distribution; usage limits triggered by user-scale thresholds (e.g. monthly active users); requirement of a separate commercial licence for particular uses.',
  r51Source: 'GL §4.2.1.',
  // R52
  r52: 'Licence terms that are allowed: proportionate, objective, non-discriminatory, safety-oriented restrictions on uses posing significant risk to public safety, security or fundamental rights; attribution; share-alike.',
  r52Source: 'GL §4.2.1.',
  // R53
  r53: "Monetisation defeats the exemption: a price; dual licensing (free academic, paid commercial or above a scale); paid support/services indistinguishably linked to the model without which it would not work or be accessible; compulsory purchase of support/training/maintenance to access it; hosting exclusively on the provider's platform requiring payment — including free access monetised with paid advertisements; requiring collection/processing of personal data for access/use/modification/redistribution (unless strictly and exclusively for model security with no commercial gain).",
  r53Source: 'GL §4.2.2; Rec. 103.',
  // R54
  r54: 'Not monetisation: purely optional paid services that do not affect free use; paid premium versions, tools, plug-ins or support offered alongside without purchase obligation; distribution via open repositories as such; transactions between microenterprises (monetisation deemed absent).',
  r54Source: 'GL §4.2.2; Rec. 103.',
  // R55
  r55: 'Public availability: weights, architecture information and usage information must be public in a form allowing access, use, modification and distribution; usage information must at least cover input/output modalities, capabilities, limitations and the technical means to integrate the model.',
  r55Source: 'GL §4.2.3; Art. 53(2).',
  // R56
  r56: 'Art. 53(1)(a): draw up and keep current technical documentation (training/testing process, evaluation results) with at least Annex XI Section 1 content (tasks; acceptable-use policies; release date and distribution methods; architecture and parameter count; input/output modality and format; licence; integration means; design/training methodology; training/testing/validation data information; computational resources e.g. FLOP and training time; known/estimated energy consumption), to be provided on request to the AI Office / national authorities. Section 1 also covers: what the model is designed to optimise for and the relevance of the different parameters; the number of data points, their scope and main characteristics, how the data was obtained and selected — all "as appropriate to the size and risk profile". GPAI-SR providers add Annex XI Section 2 (evaluation strategies and results; adversarial testing/red-teaming, alignment and fine-tuning; system architecture where applicable) to this same Art. 53(1)(a) documentation — Section 2 is documentation, not part of the Art. 55(1)(a) duty to evaluate, though it records that work. Owed by: all GPAI providers. Exempt: open-source non-SR (R48).',
  // R57
  r57: 'Art. 53(1)(b): draw up, keep current and make available to downstream AI-system providers information enabling them to understand capabilities/limitations and meet their own obligations, with at least Annex XII content (incl. interaction with external hardware/software, relevant software versions, context-window/maximum input size), subject to IP/trade-secret protection. Exempt: open-source non-SR.',
  // R58
  r58: 'Art. 53(1)(c): put in place a policy to comply with Union copyright law, in particular to identify and respect (also with state-of-the-art technologies) reservations of rights under Art. 4(3) of Directive (EU) 2019/790. Applies regardless of where training took place (Rec. 106). Owed by: all GPAI providers, including open-source.',
  // R59
  r59: 'Art. 53(1)(d): draw up and publish a sufficiently detailed summary of training content using the AI Office template (TPL). Owed by: all GPAI providers, including open-source.',
  // R60
  r60: 'Art. 53(3): cooperate with the Commission and national authorities. Owed by: all GPAI providers.',
  // R61
  r61: 'Art. 54: third-country providers must appoint, by written mandate and before placing, an EU-established authorised representative (verifies docs/compliance; keeps Annex XI docs 10 years; answers AI Office; must terminate mandate if the provider acts contrary to its obligations and inform the AI Office). Exempt: open-source non-SR (Art. 54(6)). Downstream modifiers becoming providers must comply too (GL §3.2.1). The representative may be addressed instead of or as well as the provider (Art. 54(4)); the provider gives the AI Office a copy of the mandate on request (Art. 54(3)); a representative that ends the mandate informs the AI Office (Art. 54(5)). Whether a representative is already appointed is a fact to ask: it turns the obligation into "done".',
  r61Source: 'GL §3.1 (introduction), not §3.2.1.',
  // R62
  r62: 'Art. 52(1): notify the Commission (R35–R36). Owed by: providers of models meeting Art. 51(1)(a) (presumption or modified-SR), including open-source. Codes of practice cover Arts. 53 and 55 only (Art. 56(2); 53(4); 55(2)): the notification has no Code of Practice chapter, and signing the Code does not show it was made.',
  // R63
  r63: 'Art. 55(1)(a) model evaluation with standardised state-of-the-art protocols incl. documented adversarial testing; (b) assess and mitigate Union-level systemic risks and their sources; (c) track, document and report serious incidents and corrective measures to the AI Office without undue delay (GL §5.2: includes serious cybersecurity breaches such as (self-)exfiltration of weights and cyberattacks, and any incident leading to an Art. 3(49)(a)–(d) outcome); (d) adequate cybersecurity for the model and its physical infrastructure. In addition to Arts. 53–54. Annex XI Section 2 (the documentation of evaluations and adversarial testing) belongs to Art. 53(1)(a), R56 — list it there, not here. Owed by: all GPAI-SR providers, no open-source exemption.',
  // R64
  r64: 'Demonstrating compliance: until a harmonised standard is published, providers may rely on codes of practice; compliance with harmonised standards gives a presumption of conformity; providers following neither must show alternative adequate means for Commission assessment.',
  r64Source: 'Art. 53(4), 55(2), 40(1).',
  // R65
  r65: 'Annex XI / XII content may be changed by delegated act; measurement methods for compute/energy may be specified by delegated act.',
  r65Source: 'Art. 53(5)–(6).',
  // R66
  r66: 'Chapter V applies from 2 August 2025, except Art. 101.',
  r66Source: 'Art. 113(b).',
  // R67
  r67: 'Model first placed on the market on or after 2 August 2025 → obligations apply from placement (SR obligations from the moment the Art. 51 condition is met, R34).',
  r67Source: 'Art. 113(b); GL §5.3.',
  // R68
  r68: "Model placed on the market before 2 August 2025 (i.e. on or before 1 August 2025) → provider must take the necessary steps to comply by 2 August 2027, covering the model's whole lifecycle (later updates by the same provider included, R13).",
  r68Source: 'Art. 111(3); GL §5.3.',
  // R69
  r69: 'For such legacy models, retraining or "unlearning" is not required where impossible for past actions, where training-data information is unavailable, or where retrieval would be disproportionate; this must be disclosed and justified in the copyright policy and training summary.',
  r69Source: 'GL §5.3.',
  // R70
  r70: 'Providers that on 2 August 2025 had trained, were training or planned to train a GPAI-SR model for placement after that date were expected to notify within two weeks after 2 August 2025: 16 August 2025 was a Saturday, so the period ended on Monday 18 August 2025 (R87). The guidelines state this expectation only for models to be placed after 2 August 2025, not for models already placed (legacy, E7).',
  r70Source: 'GL §5.3; Reg. 1182/71 Art. 3(4).',
  // R71
  r71: 'The Commission could not take enforcement action before 2 August 2026; from that date it fines providers not fully compliant (taking Art. 101 factors into account). Non-enforcement before then did not suspend the obligations.',
  r71Source: 'Art. 113; GL §5.2–5.3.',
  // R72
  r72: 'The Commission could take Art. 52 decisions (accept/reject arguments, designate) from 2 August 2025.',
  r72Source: 'GL §5.2.',
  // R73
  r73: 'The Commission (through the AI Office) has exclusive competence to supervise and enforce Chapter V: monitoring (Art. 89), scientific-panel alerts (Art. 90), document/information requests (Art. 91), evaluations incl. API/source-code access (Art. 92), requests for measures incl. restricting, withdrawing or recalling the model and binding commitments (Art. 93), procedural rights (Art. 94).',
  r73Source: 'Art. 88–94.',
  // R74
  r74: 'Fines: up to 3 % of total worldwide annual turnover of the preceding financial year or EUR 15 million, whichever is higher, for intentional or negligent infringement, failure to answer/incorrect information (Art. 91), failure to comply with measures (Art. 93), or failure to give access for evaluation (Art. 92); proportionality; account is taken of commitments under Art. 93(3) or codes of practice. Art. 101 contains no SME/SMC reduction (the Art. 99(6)/(6a) caps do not apply to it). Applies from 2 August 2026.',
  r74Source: 'Art. 101; Art. 113.',
  // R75
  r75: 'Code of Practice: signing and adhering to a code assessed as adequate is a straightforward way to demonstrate compliance (not a presumption of conformity). For signatories the Commission focuses enforcement on monitoring adherence; signatories gain "increased trust"; adherence may be a mitigating factor in fines; opting out of a chapter loses the benefit for that chapter. Non-signatories must show alternative adequate means, report measures (e.g. a gap analysis against the code) and can expect more information requests and evaluation requests. Non-SR providers may sign only the Art. 53 parts (Art. 56(7)) or voluntarily commit to SR measures. The code is a temporary tool until harmonised standards.',
  r75Source: 'GL §5.1; Art. 53(4), 55(2), 56(7), 101(1).',
  // R76
  r76: 'Code of Practice facts: published 10 July 2025; chapters Transparency (with a Model Documentation Form) and Copyright (all providers) and Safety & Security (SR providers only); Commission and AI Board confirmed adequacy on 1 August 2025; first signatory list 1 August 2025 (reported signatories include Amazon, Anthropic, Google, IBM, Microsoft, Mistral AI, OpenAI, Cohere; xAI signed only Safety & Security; Meta declined — secondary sources).',
  r76Source: 'COP.',
  // R77
  r77: 'Using the AI Office template is mandatory for the Art. 53(1)(d) summary; it applies to all GPAI providers incl. open-source and SR models; the summary must be public, comprehensive rather than technically detailed, cover all training stages and data types, and respect trade secrets.',
  r77Source: 'Art. 53(1)(d); Rec. 107; TPL (Commission FAQ).',
  // R78
  r78: 'Template structure: (1) general information (provider, authorised representative, model/versions, modalities, training-data size by modality in broad ranges); (2) list of data sources (public datasets; licensed/private datasets; web-crawled data — main domain names, top 10 % by content size, SMEs top 5 % or up to 1 000 domains; user data; synthetic data; other); (3) data-processing aspects (respect of reservations of rights; removal of illegal content).',
  r78Source: 'TPL via secondary summaries — domain-name percentages UNVERIFIED against the primary template.',
  // R79
  r79: 'Timing: new models — at placement; legacy models — by 2 August 2027; modifiers — covering only modification data (R28). Update cadence (reported as every six months or on material change) — UNVERIFIED.',
  r79Source: 'Art. 111(3); GL §2.2, §3.2.1; TPL.',
  // R80
  r80: 'Digital Omnibus on AI — now adopted law (not just a proposal): Regulation (EU) 2026/1744, OJ 24.7.2026, in force 27.7.2026. Per all sources found it did not amend Arts. 51–55, Art. 101, Art. 111(3) or Art. 113(b): GPAI thresholds, obligations, fines and dates are unchanged.',
  r80Source: 'OMNI; consolidated text.',
  // R81
  r81: 'Omnibus — codes of practice: Art. 56(6) replaced: the Commission, taking utmost account of the Board\'s opinion, assesses whether codes cover Arts. 53 and 55, monitors them and publishes its adequacy assessment. According to several independent readers of the OJ text, the power to approve a code by implementing act ("general validity") was removed, and recital 41 states codes have "limited legal effect" and do not grant a presumption of conformity. (The one third-party consolidation read still shows the old implementing-act sentence in 56(6) — conflict, wording UNVERIFIED against the OJ.) Practical effect for the engine: none on obligations; reliance on an adequate code still works via Art. 53(4)/55(2).',
  r81Source: 'OMNI recital 41, Art. 1(20)–(21) as quoted by secondary sources.',
  // R82
  r82: 'Omnibus — supervision of AI systems built on GPAI models: the AI Office becomes exclusively competent for AI systems based on a GPAI model where the model and the system are developed by the same provider or undertaking (exceptions: Annex I product-related systems; Annex III point 2; systems of law-enforcement, border and financial authorities under Art. 74(6); Annex III point 8 justice), and for AI systems that are or are integrated into designated VLOPs/VLOSEs; new Arts. 75a–75d give it market-surveillance powers, binding commitments, fines (by reference to Art. 99(4)/(5)) and periodic penalties up to 5 % of average daily turnover/income. Relevant to edge case E9 (own model in own system). Date of application of the amended Art. 75 — UNVERIFIED (in force 27.7.2026; general application date 2.8.2026).',
  r82Source: 'Art. 75(1), 75a–75d as consolidated.',
  // R83
  r83: 'Omnibus — other dates (not GPAI-model obligations): Annex III high-risk rules from 2 Dec 2027, Annex I high-risk from 2 Aug 2028; Art. 50(2) machine-readable marking for generative systems (incl. GPAI systems) placed before 2 Aug 2026 due by 2 Dec 2026 (new Art. 111(4)); new Art. 5 prohibitions (non-consensual intimate imagery / CSAM generation) from 2 Dec 2026; SMC definition (Art. 3(14b)) and SMC fine cap in Art. 99(6a).',
  r83Source: 'Art. 113(a),(c), 111(4), 99(6a) as consolidated; OMNI secondary.',
  // R84
  r84: 'Commission Implementing Regulation (EU) 2026/1755 (20 July 2026) reportedly sets procedures for Art. 92 evaluations and Art. 101 fining proceedings (incl. interim measures) — UNVERIFIED content (secondary mention only). Press-reported first Art. 91 information requests (September 2026) — UNVERIFIED.',
  // R85
  r85: 'Related 2026 items outside GPAI-model scope (secondary): Commission guidelines on Art. 50 transparency C(2026) 5054 (20.7.2026); code of practice on marking/labelling AI-generated content assessed adequate 8.7.2026. Not used by the engine.',
  // R86
  r86: 'Art. 25 governs high-risk AI systems, not GPAI models. Relevant only where (i) someone modifies the intended purpose of a GPAI system so it becomes high-risk → that actor becomes provider of a high-risk system (Art. 25(1)(c)); (ii) third parties supplying components to high-risk systems must agree information/assistance by written agreement, but the free/open-source carve-out there does not cover GPAI models (Art. 25(4)). The omnibus rewrote Art. 25(2) (initial provider ceases to be provider but must cooperate, give information and technical access). Source: Art. 25 as consolidated. Engine: out of scope for the GPAI-model classification; mention only in notes.',
  // R87
  r87: 'Time limits in EU acts follow Regulation (EEC, Euratom) No 1182/71: the day of the triggering event is not counted (Art. 3(1)); a period in weeks ends at the end of the day of the last week that is the same weekday as the event day (Art. 3(2)(b)), so "two weeks" after a Saturday ends on the Saturday 14 days later; a period in months ends on the same date of the last month, or its last day where that date does not exist (Art. 3(2)(c)); a period whose last day is a Saturday, Sunday or public holiday ends at the end of the next working day (Art. 3(4)). Public holidays are those of the institution where the act is to be done (Art. 2(1)) — for a notification, the Commission\'s, published yearly in the OJ C series (the list itself is UNVERIFIED here). Applies to Art. 52(1) (two weeks), Art. 52(5) (six months) and the GL §5.3 expectation (R70). Fixed dates of application (2 Aug 2025, 2 Aug 2026 — a Sunday —, 2 Aug 2027, 2 Dec 2026) are not periods and do not move. Engine: roll weekends always; roll Commission holidays only from a cited list shipped with the rules; otherwise note that a Commission holiday on the last day extends it. Show the legal last day, and say when it was moved and why.',
  r87Source: 'Reg. 1182/71 Arts. 2–3.',
  // R88
  r88Title: 'Notification before placing',
  r88: 'A model not yet placed that is meant to be placed (whether or not a date is decided) and whose cumulative training compute exceeds 10^25 FLOP, or is known to be going to exceed it (planned compute), → its provider-to-be owes the Art. 52(1) notification within two weeks after it became known (R35, R87); the other obligations start at placing (R67). Facts to ask for a model not yet placed: is there an intention to place it on the Union market (yes / no / undecided), the planned cumulative compute, and the date it became known that the threshold would be exceeded. "Undecided" → conservative reading (intended) with an ambiguity flag.',
  r88Source: 'Art. 52(1); Rec. 112; GL §2.3.2; GL §5.3 ("planning on training").',
  // R89
  r89Title: 'Notification date when the threshold date is unknown',
  r89: 'A model already placed whose cumulative compute reached 10^25 FLOP by training done before placing met the threshold no later than its first placing date P → the notification was due at the latest two weeks after P (R87), earlier if the threshold was met earlier; Art. 55 applied from P at the latest. Engine: use that bound as the deadline ("at the latest"), compute status from it (overdue unless notified), and ask for the actual date as an open question. A placed systemic-risk model must never show its notification as "date unknown". Where further training after placing crossed the threshold (E20), the date must be asked.',
  r89Source: 'Art. 52(1); GL §2.3.2; inference.',
  // R90
  r90Title: 'Unknown modification compute',
  r90: "A downstream modifier can always estimate its own modification compute (GL Annex A.2), unlike the original's (R25). If it is unknown, provider status is undetermined: the engine must not resolve it in the user's favour. Report the conservative reading (provider of the modified model, obligations limited to the modification, R28) with an ambiguity flag, the alternative, and the estimators.",
  r90Source: 'GL ¶60–61; GL Annex A.2.',
  // R91
  r91Title: 'Who modifies, and under whose name',
  r91: "A downstream modifier is an actor distinct from the original provider and not acting on its behalf (GL ¶57); a modification made by or for the original provider is part of that model's lifecycle (R13). The provider is whoever places the model under its own name or trademark (Art. 3(3)): a contractor that develops a model for a client who places it under the client's name is not the provider (R14). Both are facts to ask where they can change the result.",
  r91Source: 'Art. 3(3); GL ¶57; GL §3.1.1.',
  // R92
  r92Title: 'Designation risk (Annex XIII)',
  r92: 'For a GPAI model without presumed systemic risk, Annex XIII facts — ≥ 10 000 registered business users in the Union (presumed high impact on the internal market, Annex XIII(f)), registered end-users, parameter count, dataset size, compute proxies, benchmarks and autonomy — do not create obligations but make a designation possible (Art. 51(1)(b), 52(4)). Engine: ask the reach facts where the model is a GPAI model below 10^25, and warn of designation risk; obligations change only on an actual designation (R38).',
  r92Source: 'Art. 51(1)(b), 52(4); Annex XIII.',
  // R93
  r93Title: 'AI-system signposts',
  r93: 'Integrators (R21), providers that put their model into their own system (R16) and anyone building a system on a GPAI model have duties as AI-system providers or deployers that this tool does not assess. The report names them as signposts, marked "not assessed": Art. 50(1) disclosure of interaction with an AI system; Art. 50(2) machine-readable marking of synthetic output (applies from 2 Aug 2026; systems placed before that date by 2 Dec 2026, Art. 111(4), R83); the high-risk classification check (Art. 6, Annex III from 2 Dec 2027, Annex I from 2 Aug 2028, R83); the right to the upstream provider\'s Annex XII information (Art. 53(1)(b)); the complaint right to the AI Office (Art. 89(2)); value-chain duties where a GPAI system becomes high-risk (Art. 25, R86).',
  r93Source: 'Arts. 6, 25, 50, 53(1)(b), 89(2), 111(4), 113 as consolidated.',
  // R94
  r94Title: 'Enforcement from 2 Aug 2026',
  r94: "The Commission may request documentation and information (Art. 91), evaluate the model, including through API or source-code access (Art. 92), and request measures — mitigation, restriction, withdrawal or recall, or binding commitments (Art. 93). Art. 101(1) fines cover: (a) infringing the Regulation's provisions; (b) failing to comply with an Art. 91 request or supplying incorrect, incomplete or misleading information; (c) failing to comply with an Art. 93 measure; (d) failing to give access for an Art. 92 evaluation. The report states these once, with the R74 ceiling.",
  r94Source: 'Arts. 91–93, 101(1), 113.',
  // E1
  e1Title: 'Compute ≤ 10^23 but high generality / compute > 10^23 but narrow',
  e1: 'The criterion is only indicative; GL says it yields in both directions (R9). Most defensible engine behaviour: ask the user about generality; default to the criterion when unknown; flag that a sub-10^23 broad model is GPAI only "exceptionally". Exactly 10^23 does not meet "greater than".',
  // E2
  e2Title: 'Numbers exactly at thresholds',
  e2: 'All three tests are "greater than": exactly 10^23, exactly 10^25, exactly one third → criterion not met. Estimates within the 30 % error band of a threshold (R43) are legally sufficient, but providers close to 10^25 must keep monitoring (GL §2.3.2); the engine should warn when the estimate is within ±30 % of 10^25.',
  // E3
  e3Title: 'Which compute number?',
  e3: '10^23 test and non-SR 1/3 test use parameter-update compute; the 10^25 test uses cumulative compute incl. non-public synthetic-data generation and inherited weights (R12, R33, R42). A model can therefore be "not GPAI by criterion" on parameter-update compute while a larger cumulative figure exists (scenario coverage).',
  // E4
  e4Title: 'Unknown original compute for modifiers',
  e4: 'Use 3.33×10^22 (non-SR original) or 3.33×10^24 (SR original) (R25). If the user does not know whether the original is SR, the conservative reading is the lower fallback (3.33×10^22) — an inference, not stated in GL.',
  // E5
  e5Title: "Modifier's cumulative compute crossing 10^25",
  e5: 'Cumulative compute of a modified model includes the compute that trained the initial weights (R33: weights used for initialisation). So a modifier that becomes provider of a modification of a non-SR model (e.g. 8×10^24 + 3×10^24) holds a model above 10^25 → presumed SR. GL does not discuss this combination explicitly; most defensible reading = presumed SR.',
  // E6
  e6Title: 'Modified SR model, modification below threshold',
  e6: "Modifier is not provider (R30); the original provider's SR obligations (incl. foreseeable modifications in its risk assessment) remain. Downstream system obligations may still apply.",
  // E7
  e7Title: 'Legacy models with systemic risk (placed before 2 Aug 2025)',
  e7: 'Art. 111(3) gives until 2 Aug 2027 to comply with "the obligations laid down in this Regulation", which literally includes the Art. 52(1) notification; but Art. 52 applied from 2 Aug 2025, the Commission may designate ex officio from then (R72), and GL §5.3 expected models in training on 2 Aug 2025 to notify by 16 Aug 2025. Engine: give 2 Aug 2027 as the legal outer limit, flag `ambiguous`, and recommend earlier notification. The GL §5.3 expectation (16 → 18 August 2025, R70) concerns models to be placed after 2 Aug 2025; do not present it as an expectation for models already placed. A legacy model that crosses 10^25 later: E29.',
  // E8
  e8Title: 'Internal use only',
  e8: 'Non-SR model used purely internally (not essential to third-party products/services, no effect on rights) → not placed (R17). Internal use that is essential to a service to third parties or affects people\'s rights → placed (R15). SR model used only internally: Rec. 97 says SR models should "always" be subject; and integrating one\'s own model into one\'s own AI system that is "put into service" (incl. for own use, Art. 3(11)) counts as placing (R16). Most defensible: treat as provider; flag high ambiguity (operative definitions require placing on the market). This applies only with a Union nexus: a provider outside the EU whose model is used only internally outside the Union, and not made available in the Union, has not placed it on the Union market (Art. 2(1)(a), R20) → not a provider under the Act for that model. Ask where the internal use takes place before reading E8.',
  // E9
  e9Title: 'Model integrated into own AI system / own product',
  e9: 'Model is placed (R16); model and system obligations apply cumulatively; since 2026/1744, the AI Office is the exclusive supervisor of such same-provider systems (R82).',
  // E10
  e10Title: 'Research-only models',
  e10: 'Never placed → outside GPAI definition (R2). Public release of weights for anyone\'s use by an academic lab → placement (R15) and most defensibly not "put into service for the sole purpose of scientific research" (R3); flag ambiguous. Distribution limited to research partners solely for research → R3 likely applies.',
  // E11
  e11Title: 'Private hobbyist uploads',
  e11: '"Commercial activity" is required for making available (R22); occasional non-professional supply is most defensibly not placing on the market; Rec. 109 excludes non-professional developers. GL does not address hobbyists explicitly → ambiguous. Facts of commercial activity (a price or other monetisation, an API or app run as a business, regular supply) override the hobbyist label (R22, E30).',
  // E12
  e12Title: 'Non-EU provider',
  e12: 'Provider regardless of establishment (R4); must appoint an EU authorised representative before placing (R61) unless open-source non-SR. Pure ex-EU distribution → not placed (R20) unless a downstream actor brings it into an EU system without a clear EU exclusion (R19).',
  // E13
  e13Title: 'Non-EU chain with EU exclusion',
  e13: 'If the upstream provider clearly excluded EU use, the downstream integrator placing the system in the EU becomes the model provider (R19) — with all Art. 53 duties, even though it did not train the model. Practical compliance (documentation it does not possess) is unclear.',
  // E14
  e14Title: 'Open-source model with systemic risk',
  e14: 'No exemption at all: Art. 53(1)(a)–(d), 53(3), 54 (if non-EU), 52(1), 55 (R48, R63). Rec. 112 stresses early notification for models planned for open release.',
  // E15
  e15Title: '"Open" licences with restrictions',
  e15: 'MAU thresholds, non-commercial clauses, separate commercial licences, no-redistribution → disqualify (R51); proportionate safety-based restrictions and non-discriminatory user verification → allowed (R50, R52). Whether a given safety clause is "proportionate" is a judgment call.',
  // E16
  e16Title: 'Microenterprise transactions',
  e16: 'Monetisation is deemed absent between microenterprises (R54), yet the licence "access" right means free access (R50). Most defensible: the exemption survives for the microenterprise-to-microenterprise deal; flag ambiguous.',
  // E17
  e17Title: "Fine-tuning via the original provider's API",
  e17: 'Who modified the model is case-by-case; weight control matters (R27). If the customer commissions a large fine-tune and places the result under its own name, Art. 3(3) ("has … developed") points to the customer; if the result stays inside the original provider\'s platform under the original provider\'s name, the original provider is the likelier "modifier". Flag ambiguous.',
  // E18
  e18Title: 'Quantisation, merging, distillation by third parties',
  e18: 'Merging/quantising uses negligible compute → below 1/3 → not a provider (R24). Distillation of a new student model trained from scratch by a third party is arguably a new model assessed on its own training compute (teacher compute excluded for SR, R33) — GL does not address third-party distillation; ambiguous.',
  // E19
  e19Title: 'Legacy model modified after 2 Aug 2025',
  e19: "By the same provider → same lifecycle → still 2 Aug 2027 (R13, R68). By a downstream modifier above the threshold → new model placed after 2 Aug 2025 → modifier's obligations apply from its placement (R23, R67). A new large pre-training run by the same provider → new model → obligations at its placement.",
  // E20
  e20Title: 'Continued training that crosses 10^25 after placement',
  e20: 'Same model (R13); SR classification and obligations from the moment the threshold is met; notify within 14 days (R34–R35).',
  // E21
  e21Title: 'Contested presumption',
  e21: 'Pending contest does not suspend obligations; accepted → obligations end on notice of acceptance; rejected → SR from original date (R37).',
  // E22
  e22Title: 'Code of Practice signatory',
  e22: 'Signing changes neither classification nor obligations; it changes how compliance is shown and enforcement intensity, and can mitigate fines (R75). Partial signatories (e.g. only Safety & Security) must show alternative means for the other chapters.',
  // E23
  e23Title: "Hosting platforms / model hubs / cloud marketplaces that only host others' models",
  e23: 'Not providers (R14); the uploader is.',
  // E24
  e24Title: 'Downstream users of unmodified open weights',
  e24: 'Not model providers (R21, R30); the original uploader placed the model.',
  // E25
  e25Title: 'Fines before 2 Aug 2026 / legacy fines before 2 Aug 2027',
  e25: 'No Commission fines before 2 Aug 2026 (R71); legacy models are only non-compliant after 2 Aug 2027.',
  // E26
  e26Title: '56(6) wording after the omnibus',
  e26: "Sources disagree on whether the implementing-act approval sentence survives (R81); no effect on the engine's outputs.",
  // E27
  e27Title: 'Generality from facts',
  e27: 'Ask facts, not the legal test: parameter count (≥ 1 B), size and breadth of the training data, self-supervised training at scale, the distinct tasks the model performs or was evaluated on, and whether it was designed and trained for one specific task (speech recognition, text-to-speech, upscaling, inpainting, a game, weather, music or sound effects). Facts pointing to a single narrow task override a met compute criterion only "exceptionally" (R9, R10): flag ambiguous. Facts pointing to broad competence below 10^23 likewise. Unknown → the criterion decides.',
  // E28
  e28Title: 'Art. 55 before placing',
  e28: 'GL ¶26 reads the systemic-risk obligations as running from the moment the threshold is met, even before placing; Art. 3(3) and 3(63) point to placing. Engine: obligations apply from placement at the latest; show "prepare from" the threshold date; flag ambiguous. The Art. 52(1) notification is not affected: it runs from the threshold date (R35, R88).',
  // E29
  e29Title: 'Legacy model crossing 10^25 after 2 Aug 2025',
  e29: 'Continued training of a model placed before 2 Aug 2025 by the same provider stays in that model\'s lifecycle (R13). Literal Art. 111(3) and GL §5.3 ("entire lifecycle") give 2 Aug 2027 as the outer limit for all its obligations, Art. 52 and 55 included; the stricter reading applies E20 (notify within two weeks of crossing). Engine: as E7 — 2 Aug 2027 as the outer legal limit, the stricter date as recommended, flagged ambiguous. A new large pre-training run is a new model (R13).',
  // E30
  e30Title: 'Self-description against facts',
  e30: 'A user who picks "hobbyist" or "research lab" but reports a price, an API or app business, or public release of a model above 10^25 → the facts decide (R22): assess as making available in the course of a commercial activity, and say that the label was overridden and why.',
};
