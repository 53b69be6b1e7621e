/**
 * The engine's reference data shown on #/methodology, by stable id: the rules changelog (change_<revision>_<rule>,
 * src/engine/rules-version.ts), the legal sources (sourceTitle_/sourceReference_/sourceNote_<code>,
 * src/engine/sources.ts), the Commission's holiday decisions (holidayDecision_/holidayOj_<year>,
 * src/engine/law/commission-holidays.ts), the dated law parameters (law_/lawReference_<id>,
 * src/engine/law/parameters.ts) and the worked scenarios (scenario_<id with "-" as "_">, src/engine/scenarios).
 * The engine's English stays the single source: src/features/methodology/reference-text.test.ts checks that each
 * message renders it exactly. The law's values are placeholders (issue 13); so are the few short-form law dates,
 * the fine ceiling's parts and another scenario's id in a title (passed by the page, reference-text.ts).
 */
export const reference = {
  change_2026_11_2_R1:
    'Rules revision 2 (R1–R94, E1–E30): corrected R2, R8, R10, R17, R22, R34, R35, R38, R56, R61–R63, R70, E7, E8, E11, E24; new R87–R94 and E27–E30. Answers made under 2026.11.1 are migrated and the report lists what changed.',
  change_2026_11_2_R87:
    'Periods under Reg. (EEC, Euratom) No 1182/71 (R87): a deadline ending on a Saturday or Sunday moves to the next working day and the report says so; the guidelines’ two weeks after {chapterVApplies} end on Monday 18 August 2025 (R70). Fixed dates of application never move.',
  change_2026_11_2_R88:
    'Art. 52(1) before placing (R88): a model meant to be placed whose planned cumulative compute exceeds {systemicRiskPower} FLOP owes the notification now; a placed model with an unknown threshold date owes it at the latest two weeks after first placing (R89).',
  change_2026_11_2_E28:
    'Art. 55 from placing at the latest, “prepare from” the threshold date (E28); legacy models crossing {systemicRiskPower} later keep {legacyComplianceDeadline} as the outer limit (E29); the 16/18 August 2025 expectation is no longer shown for models placed before {chapterVApplies} (E7).',
  change_2026_11_2_R17:
    'Internal use only outside the EU is not placing on the Union market (R17, E8). Facts of commercial activity override an “individual” or “research lab” description (E30). Acting for the original provider or under a client’s name is not providing (R91). Unknown modification compute is no longer read in the user’s favour (R90).',
  change_2026_11_2_R8:
    'Generality from facts, not a self-assessment (R8, E27); audio counts as language only with speech, image-to-image work is not text-to-image (R10).',
  change_2026_11_2_R56:
    'Annex XI Section 2 is listed under Art. 53(1)(a) for models with systemic risk (R56); the notification has no Code of Practice chapter (R62); designation risk from ≥ 10 000 EU business users (R92); AI-system duties not assessed are signposted (R93); one enforcement section (R94). Steps already taken turn obligations into “done”.',
  change_2026_11_1_R1:
    'First release: rules R1–R86 and edge cases E1–E26 of the reference, as of the AI Act consolidated with Regulation (EU) 2026/1744 (in force 27 July 2026) and the Commission guidelines C(2025) 5045.',
  sourceTitle_AIA: 'Regulation (EU) 2024/1689 (AI Act)',
  sourceReference_AIA:
    'OJ L, 2024/1689, 12.7.2024; as amended by Regulation (EU) 2026/1744 (EUR-Lex consolidated version of 27.7.2026)',
  sourceNote_AIA:
    'Only the Official Journal text is authentic; Chapter V read from a consolidated text (27.7.2026).',
  sourceTitle_OMNI: 'Regulation (EU) 2026/1744 (Digital Omnibus on AI)',
  sourceReference_OMNI: 'OJ L, 2026/1744, 24.7.2026; in force 27.7.2026',
  sourceNote_OMNI: 'Did not change the GPAI thresholds, obligations, fines or dates (R80).',
  sourceTitle_GL:
    'Commission Guidelines on the scope of the obligations for providers of general-purpose AI models',
  sourceReference_GL:
    'C(2025) 5045 final, 18.7.2025 (formal version reported as C(2025) 7719 final, 19.11.2025)',
  sourceNote_GL: 'Non-binding; only the Court of Justice interprets the AI Act authoritatively (GL ¶9).',
  sourceTitle_TPL: 'Template for the public summary of training content (Art. 53(1)(d))',
  sourceReference_TPL: 'Published 24.7.2025 (formal Communication reported as C(2025) 8311 final, 5.12.2025)',
  sourceNote_TPL: 'Use of the template is mandatory for the Art. 53(1)(d) summary.',
  sourceTitle_COP: 'General-Purpose AI Code of Practice',
  sourceReference_COP: 'Published 10.7.2025; adequacy confirmed by the Commission and the AI Board 1.8.2025',
  sourceNote_COP: 'Voluntary tool to demonstrate compliance; not a presumption of conformity (R75, R81).',
  holidayDecision_2023:
    'Commission Decision of 25 May 2021 on public holidays in 2023 for staff of the European institutions in Brussels and Luxembourg',
  holidayOj_2023: 'OJ C 201 I, 28.5.2021, p. 2 (2021/C 201 I/02)',
  law_gpaiThresholdFlop: 'Indicative GPAI criterion: training compute greater than',
  lawReference_gpaiThresholdFlop: 'GL ¶17',
  law_systemicRiskThresholdFlop: 'Systemic-risk presumption: cumulative training compute greater than',
  lawReference_systemicRiskThresholdFlop: 'Art. 51(2)',
  law_modificationShareDenominator: 'A modifier becomes provider above one part in',
  lawReference_modificationShareDenominator: 'GL ¶60',
  law_estimateTolerance: 'Acceptable overall error of a compute estimate',
  lawReference_estimateTolerance: 'GL Annex A.2',
  law_broadParameterCount:
    'Parameters from which a model trained on large data with self-supervision shows generality',
  lawReference_broadParameterCount: 'GL ¶18; Rec. 98',
  law_designationBusinessUsers: 'Registered EU business users presumed to have a high impact (designation)',
  lawReference_designationBusinessUsers: 'Annex XIII(f)',
  law_notificationPeriod: 'Notification to the Commission after the threshold is met or known',
  lawReference_notificationPeriod: 'Art. 52(1); Reg. 1182/71 Art. 3',
  law_reassessmentPeriod: 'Earliest request to reassess a designation',
  lawReference_reassessmentPeriod: 'Art. 52(5); Reg. 1182/71 Art. 3',
  law_chapterVApplies: 'Obligations for general-purpose AI models apply',
  lawReference_chapterVApplies: 'Art. 113(b)',
  law_legacyLastPlacingDay: 'Last placing day of a model placed “before {chapterVApplies}”',
  lawReference_legacyLastPlacingDay: 'Art. 111(3)',
  law_legacyComplianceDeadline: 'Models placed before {chapterVApplies} comply by',
  lawReference_legacyComplianceDeadline: 'Art. 111(3)',
  law_finesApply: 'The Commission can fine providers and use its enforcement powers',
  lawReference_finesApply: 'Art. 113; Art. 101',
  law_generalApplication: 'General date of application (Art. 50 transparency duties)',
  lawReference_generalApplication: 'Art. 113',
  law_art50MarkingLegacyDeadline:
    'Machine-readable marking for generative systems placed before {finesApply}',
  lawReference_art50MarkingLegacyDeadline: 'Art. 111(4)',
  law_annexIIIHighRiskApplies: 'High-risk rules for Annex III AI systems apply',
  lawReference_annexIIIHighRiskApplies: 'Art. 113 as amended by Reg. (EU) 2026/1744',
  law_annexIHighRiskApplies: 'High-risk rules for Annex I product AI systems apply',
  lawReference_annexIHighRiskApplies: 'Art. 113 as amended by Reg. (EU) 2026/1744',
  law_fineCeilingPercent: 'Fine ceiling: share of worldwide annual turnover (whichever is higher)',
  lawReference_fineCeilingPercent: 'Art. 101(1)',
  law_fineCeilingEur: 'Fine ceiling: fixed amount (whichever is higher)',
  lawReference_fineCeilingEur: 'Art. 101(1)',
  law_representativeRecordYears: 'Years the authorised representative keeps the technical documentation',
  lawReference_representativeRecordYears: 'Art. 54(3)(b)',
  scenario_criterion_exactly_1e23_not_met:
    'A text model of unknown generality trained with exactly {gpaiPower} FLOP does not meet the indicative criterion ("greater than"), so it is not a GPAI model.',
  scenario_criterion_just_above_1e23_met:
    'The same model at 1.0000001 × {gpaiPower} FLOP meets the criterion and is a GPAI model; its developer places it via an API and owes the Art. 53 duties from placement.',
  scenario_broad_language_model_1e24:
    'A broad natural-language model trained with 10^24 FLOP is a GPAI model (the Commission’s own example); an EU developer offering it by API is its provider.',
  scenario_narrow_speech_transcription_1e24:
    'A speech-transcription model at 10^24 FLOP meets the compute criterion but can only do one narrow task, so it is not a GPAI model.',
  scenario_narrow_music_generation_2e24:
    'A model that only generates music from prompts (audio without speech, 2 × 10^24 FLOP) is narrow and therefore not a GPAI model.',
  scenario_broad_text_model_1e22_exceptionally_gpai:
    'A text model trained with only 10^22 FLOP that nonetheless performs a broad range of distinct tasks is exceptionally a GPAI model; the engine must flag this as uncertain.',
  scenario_narrow_text_model_1e22:
    'A narrow text model at 10^22 FLOP, built for one classification task, is not a GPAI model.',
  scenario_weather_model_modality_gate:
    'A weather-forecasting model (outputs weather fields, 10^24 FLOP, generality not known) cannot generate language, images or video, so the criterion points to "not GPAI".',
  scenario_unknown_generality_image_above_1e23:
    'A text-to-image model at 2 × {gpaiPower} FLOP whose generality the user cannot judge is classified by the criterion: GPAI.',
  scenario_unknown_generality_video_below_1e23:
    'A text-to-video model at 9 × 10^22 FLOP of unknown generality stays below the criterion: not GPAI.',
  scenario_synthetic_data_does_not_count_for_1e23:
    'Only compute that updates parameters counts for the {gpaiPower} test: 9 × 10^22 FLOP of training plus 5 × {gpaiPower} FLOP of synthetic-data generation is still below the criterion.',
  scenario_inherited_weights_do_not_count_for_1e23:
    'A model initialised from weights that took 2 × {systemicRiskPower} FLOP to train, then trained with only 5 × 10^22 FLOP, of unknown generality: the {gpaiPower} test uses parameter-update compute only, so the criterion is not met and no systemic-risk question arises.',
  scenario_unknown_compute_broad_model:
    'The developer does not know the training compute but the model has 7 billion parameters trained self-supervised on large, broad data and performs five distinct tasks: it is a GPAI model on those facts, and the compute figure becomes an open question.',
  scenario_not_yet_placed_rd_only:
    'A model still in research and development, never placed on the market and with no intention to place it, is outside the GPAI definition.',
  scenario_research_lab_partners_only:
    'A research lab shares its model only with research partners, solely for scientific research: outside the Act (sole-purpose research).',
  scenario_research_lab_public_weights_release:
    'An academic lab releases its broad model’s weights publicly on a hub under Apache-2.0: that is placing on the market (flagged as uncertain), and the open-source exemption applies.',
  scenario_hobbyist_hub_upload:
    'A private hobbyist uploads a broad model (2 × {gpaiPower} FLOP) to a hub and does not say whether there is any commercial activity: most defensibly not placing on the market; flagged as uncertain, and the commercial facts become an open question.',
  scenario_commissioned_model_placed_via_cloud:
    'A company has another firm train a broad model for it and offers it through a cloud service under its own name: the company is the provider.',
  scenario_copied_onto_customer_infrastructure:
    'A developer installs its model on a customer’s own servers in the EU: first making available, so it is the provider.',
  scenario_own_chatbot_integration:
    'A developer integrates its own broad model into its own chatbot offered in the EU: the model is placed on the market and the model duties apply on top of the system duties, which the report names as not assessed.',
  scenario_internal_use_essential_to_service:
    'A bank uses its own broad model internally, in the EU, to decide customers’ loan applications: internal use that affects people’s rights counts as placing.',
  scenario_internal_only_non_sr:
    'A company uses its own broad model (no systemic risk) only for purely internal processes: the model duties do not apply.',
  scenario_internal_only_systemic_risk:
    'A model trained with 2 × {systemicRiskPower} FLOP used purely internally in the EU: Recital 97 says systemic-risk models are "always" subject, so the developer is treated as provider — flagged as highly uncertain. Threshold met on Sunday 1 Feb 2026: the two weeks end on Sunday 15 Feb, so the notification is due Monday 16 Feb.',
  scenario_non_eu_developer_direct_eu_api:
    'A developer established outside the EU offers its model by API to EU customers: it is the provider and must also appoint an EU authorised representative.',
  scenario_non_eu_developer_via_downstream_no_exclusion:
    'A non-EU developer supplies its model to a non-EU integrator whose AI system is sold in the EU, without excluding EU use: the developer is the model provider (Art. 54 included).',
  scenario_non_eu_developer_via_downstream_clear_exclusion:
    'The same non-EU developer clearly and unequivocally excluded EU distribution and use: it is not the provider of the model on the Union market.',
  scenario_non_eu_developer_never_in_eu:
    'A non-EU developer whose model is never made available in the EU, nor built into anything used in the EU, is not a provider under the Act.',
  scenario_eu_availability_unknown:
    'A developer offering its model by API does not know whether it is available in the EU: read conservatively as placed, and raised as an open question.',
  scenario_eu_establishment_unknown:
    'The user does not know whether the providing entity is established in the EU: the authorised-representative duty is listed as possibly owed and raised as an open question.',
  scenario_integrator_becomes_model_provider:
    'An EU company builds a chatbot on a model obtained outside the EU whose provider clearly excluded EU use, and sells the chatbot in the EU: the integrator becomes the model’s provider (flagged).',
  scenario_integrator_via_api:
    'A company builds its product on a third-party model through the model provider’s API: it provides an AI system, not a GPAI model, and has no model duties; the AI-system duties are named as not assessed.',
  scenario_integrator_unmodified_open_weights:
    'A company runs downloaded open weights unmodified inside its own app: it is a downstream system provider; the uploader remains the model provider; the AI-system duties are named as not assessed.',
  scenario_model_hub_host:
    'A model hub that only hosts models uploaded by others is not their provider; the uploader is.',
  scenario_modifier_below_one_third:
    'A fine-tune using 5 × {gpaiPower} FLOP on a 3 × 10^24 FLOP model (one sixth) is not a significant modification: the fine-tuner is not a model provider.',
  scenario_modifier_exactly_one_third:
    'A fine-tune using exactly one third of the original’s compute (10^24 of 3 × 10^24 FLOP) does not meet "more than one third".',
  scenario_modifier_above_one_third:
    'A fine-tune using 1.2 × 10^24 FLOP on a 3 × 10^24 FLOP model (40 %) makes the fine-tuner provider of the modified model, with duties limited to the modification, from its placing date.',
  scenario_modifier_unknown_original_fallback_3_33e22:
    'Original compute unknown, original not systemic-risk: the threshold is one third of {gpaiPower}; 3.33 × 10^22 FLOP of fine-tuning is just below it.',
  scenario_modifier_unknown_original_fallback_exactly_third_of_1e23:
    'Original compute unknown, original not systemic-risk: fine-tuning compute of exactly one third of {gpaiPower} (3 × modification = {gpaiPower}) does not exceed the fallback threshold.',
  scenario_modifier_unknown_original_fallback_above_non_sr:
    'Original compute unknown, original not systemic-risk: 4 × 10^22 FLOP of fine-tuning exceeds one third of {gpaiPower}, so the fine-tuner becomes provider of the modified model.',
  scenario_modifier_unknown_original_sr_3_33e24:
    'Original compute unknown, original has systemic risk: the threshold is one third of {systemicRiskPower}; 3.33 × 10^24 FLOP is below it, so the original provider keeps all duties.',
  scenario_modifier_unknown_original_sr_exactly_third_of_1e25:
    'Original compute unknown, original has systemic risk: fine-tuning of exactly one third of {systemicRiskPower} (3 × modification = {systemicRiskPower}) does not exceed the fallback threshold.',
  scenario_modifier_unknown_original_sr_above:
    'Original compute unknown, original has systemic risk: 4 × 10^24 FLOP of fine-tuning exceeds one third of {systemicRiskPower}, so the modified model is presumed systemic-risk; the fine-tuner must notify and meet Art. 55.',
  scenario_modifier_unknown_original_unknown_sr_lower_fallback:
    'The fine-tuner knows neither the original’s compute nor whether it has systemic risk: the conservative lower threshold (one third of {gpaiPower}) applies, so {gpaiPower} FLOP of fine-tuning makes it provider (flagged).',
  scenario_modifier_of_sr_model_above_threshold:
    'A company fine-tunes a 3 × {systemicRiskPower} FLOP systemic-risk model with 1.2 × {systemicRiskPower} FLOP (40 %): it becomes provider of a presumed systemic-risk model, must notify within 14 days and meet Art. 55.',
  scenario_modifier_cumulative_crosses_1e25_inherited_weights:
    'A fine-tune of 3 × 10^24 FLOP on an 8 × 10^24 FLOP non-systemic-risk model exceeds one third, and the modified model’s cumulative compute (inherited weights included) is 1.1 × {systemicRiskPower}: presumed systemic risk (flagged).',
  scenario_modifier_synthetic_data_counts_toward_1e25:
    'A fine-tuner adds 2.5 × 10^24 FLOP of training and 2 × 10^24 FLOP of non-public synthetic data to a 6 × 10^24 FLOP model: above one third, and the modified model’s cumulative compute (1.05 × {systemicRiskPower}) exceeds {systemicRiskPower}, so systemic risk is presumed.',
  scenario_modifier_via_original_provider_platform:
    'A customer fine-tunes a model through the original provider’s API and the result stays on that platform under the provider’s name: the original provider is the likelier modifier (flagged).',
  scenario_modifier_quantisation_negligible_compute:
    'A third party quantises a 2 × 10^24 FLOP model using 10^18 FLOP: negligible compute, far below one third, so it is not a model provider.',
  scenario_modifier_of_legacy_model_after_aug_2025:
    'A downstream actor significantly modifies a model first placed in 2024 and places its version on 1 Nov 2025: a new model placed after {chapterVAppliesShort}, so its duties apply from that placement, not 2027.',
  scenario_modifier_placed_before_aug_2025_is_legacy:
    'A modified model placed on 15 July 2025 (before Chapter V applied) is a legacy model: its provider must comply by {legacyComplianceDeadlineShort}.',
  scenario_non_eu_modifier_above_threshold:
    'A fine-tuner established outside the EU that becomes provider of a modified model must also appoint an EU authorised representative.',
  scenario_modifier_open_source_release:
    'A fine-tuner above the one-third threshold releases its modified model openly under Apache-2.0 with no monetisation: exempt from Art. 53(1)(a) and (b), but the copyright policy, training summary and cooperation remain.',
  scenario_sr_exactly_1e25_cumulative_not_presumed:
    'Cumulative compute of exactly {systemicRiskPower} FLOP (7 × 10^24 training + 3 × 10^24 non-public synthetic data) does not exceed {systemicRiskPower}: no presumption, but a warning that the estimate is within ±30 % of the threshold.',
  scenario_sr_just_above_1e25_presumed:
    'A model trained with 1.0000001 × {systemicRiskPower} FLOP is presumed to have systemic risk; notification is due 14 days after the threshold was met.',
  scenario_sr_below_but_within_30_percent:
    'A model estimated at 9 × 10^24 FLOP is below {systemicRiskPower} (no presumption), but the estimate lies within the ±30 % band, so the provider is warned to keep monitoring.',
  scenario_sr_non_public_synthetic_data_counts:
    '8 × 10^24 FLOP of parameter updates plus 3 × 10^24 FLOP spent generating non-public synthetic data: cumulative 1.1 × {systemicRiskPower}, so systemic risk is presumed.',
  scenario_sr_inherited_weights_count:
    'A model initialised from pre-existing weights that took 2 × 10^24 FLOP to train, then trained with 9 × 10^24 FLOP: cumulative 1.1 × {systemicRiskPower}, so systemic risk is presumed.',
  scenario_sr_non_eu_full_obligations:
    'A non-EU developer’s 3 × {systemicRiskPower} FLOP model offered in the EU owes every obligation: Art. 53(1)(a)–(d), 53(3), 54, 52(1) and 55(1)(a)–(d).',
  scenario_sr_threshold_date_unknown:
    'A 2 × {systemicRiskPower} FLOP model placed on Saturday 10 Jan 2026 whose threshold date is unknown: the threshold was met by then at the latest, so the notification was due at the latest two weeks after placing — Saturday 24 Jan, moved to Monday 26 Jan 2026 — and is overdue; the real date stays an open question.',
  scenario_sr_designated_by_commission:
    'A 5 × 10^24 FLOP model placed on 1 Oct 2025 and designated by the Commission (informed 10 April 2026): systemic-risk duties under Art. 55 apply from that date, which is also the compliance deadline; no Art. 52(1) notification is owed; reassessment may be asked after six months (Saturday 10 Oct, so Monday 12 Oct 2026).',
  scenario_sr_designation_reassessment_month_end:
    'A provider informed of a designation on 31 August 2026 may ask for reassessment six months later: the period ends on 28 February 2027 (no 31 February), a Sunday, so it moves to Monday 1 March 2027.',
  scenario_sr_designated_after_failing_to_notify:
    'A 2 × {systemicRiskPower} FLOP model that met the threshold on 1 March 2026 and was then designated (informed 1 Sept 2026): the Art. 52(1) notification was owed from the threshold date, and Art. 55 applies.',
  scenario_sr_contest_pending:
    'The provider contests the presumption with its notification and awaits the decision: obligations are not suspended, so systemic risk stays presumed.',
  scenario_sr_contest_rejected:
    'The contest was rejected: the model has had systemic risk since the threshold was met, and the notification deadline is unchanged.',
  scenario_sr_contest_accepted:
    'The Commission accepted the contest (provider informed 1 June 2026): as of November 2026 the systemic-risk duties have ended and only the Art. 53 duties remain.',
  scenario_sr_contest_accepted_evaluated_before_decision:
    'The same accepted contest evaluated as of 1 May 2026, before the provider was informed: the presumption and its duties still ran on that date.',
  scenario_sr_crossed_after_placement:
    'A model placed on 1 Oct 2025 crosses {systemicRiskPower} FLOP through continued training on 10 March 2026: same model, systemic-risk duties from that day, notification by 24 March 2026.',
  scenario_sr_threshold_met_before_chapter_v_applied:
    'A systemic-risk model finished training (threshold met 1 June 2025) and was placed on 1 Sept 2025: the notification duty only applied from {chapterVAppliesShort}, so it was due within two weeks of that date — Saturday 16 Aug 2025, moved to Monday 18 Aug 2025; Art. 55 applies from placing.',
  scenario_open_source_apache_eu:
    'An EU developer publishes its model’s weights, architecture and usage information under Apache-2.0, free of charge: exempt from Art. 53(1)(a) and (b); copyright policy, training summary and cooperation still apply.',
  scenario_open_source_apache_non_eu:
    'The same open release by a developer established outside the EU: also exempt from appointing an EU authorised representative.',
  scenario_open_source_non_commercial_clause:
    'Open weights under a non-commercial licence: the licence does not allow free use, so no exemption.',
  scenario_open_source_user_cap:
    'Open weights whose licence requires a separate deal above a monthly-active-user cap: disqualified, no exemption.',
  scenario_open_source_separate_commercial_licence:
    'Open weights, but certain uses require buying a separate commercial licence: no exemption.',
  scenario_open_source_no_distribution: 'Weights downloadable but redistribution is forbidden: no exemption.',
  scenario_paid_api_only_no_exemption:
    'A model offered only through a paid API, weights not published: no open-source exemption.',
  scenario_open_source_optional_paid_support:
    'Apache-2.0 open weights with purely optional paid support alongside: not monetisation, the exemption still applies.',
  scenario_open_source_dual_licence:
    'Free for academic use, paid for commercial use (dual licensing): monetisation, no exemption.',
  scenario_open_source_required_paid_support:
    'Open weights that only work with a runtime the provider sells: paid support indistinguishably linked to the model, so no exemption.',
  scenario_open_source_ads_funded_exclusive_hosting:
    'A model accessible only on the provider’s own platform, free but funded by advertising: monetisation, no exemption.',
  scenario_open_source_personal_data_condition:
    'Access to the open weights requires handing over personal data for commercial purposes: no exemption.',
  scenario_open_source_microenterprise_deal:
    'A microenterprise charges another microenterprise for its otherwise open model: monetisation is deemed absent between microenterprises, so the exemption survives — flagged as uncertain.',
  scenario_open_source_safety_clauses_allowed:
    'Apache-style licence with proportionate, safety-based use restrictions: allowed, the exemption applies (whether a clause is proportionate is a judgment call, flagged).',
  scenario_open_source_architecture_not_public:
    'Weights are published under Apache-2.0 but the architecture information is not: the public-availability condition fails, no exemption.',
  scenario_open_source_licence_right_unknown:
    'The user does not know whether the licence permits modification: the exemption is not applied and the question is left open.',
  scenario_open_source_with_systemic_risk:
    'An openly released model trained with 2 × {systemicRiskPower} FLOP has systemic risk, so there is no exemption at all: every obligation applies, including the EU representative for a non-EU provider.',
  scenario_open_source_designated:
    'An open model placed on 10 Jan 2026 and designated by the Commission as systemic-risk (informed 5 May 2026) loses the exemption as well: the duties the exemption had removed, and Art. 55, are owed from the designation.',
  scenario_legacy_placed_2025_08_01:
    'A model first placed on {legacyLastPlacingDay} — the last day before Chapter V applied — is a legacy model: comply by {legacyComplianceDeadline}.',
  scenario_new_model_placed_2025_08_02:
    'A model first placed on {chapterVApplies} must comply from that day.',
  scenario_legacy_model_updated_by_same_provider:
    'A model placed in December 2024 and fine-tuned by the same provider in 2026 is the same model across its lifecycle: still {legacyComplianceDeadline}.',
  scenario_legacy_model_evaluated_before_chapter_v:
    'Evaluated as of 1 June 2025, a model placed in March 2025 already has its duties listed, with {legacyComplianceDeadline} as the date to comply.',
  scenario_legacy_systemic_risk_notification:
    'A systemic-risk model placed in March 2025: {legacyComplianceDeadline} is the legal outer limit for notification and compliance, flagged as uncertain because notifying early is expected; the guidelines’ 16/18 August 2025 expectation is not shown for it.',
  scenario_planned_placement_in_future:
    'A model planned for placement on 1 March 2027, evaluated as of 30 Nov 2026: the duties are listed now and apply from the planned placing date.',
  scenario_sr_model_in_training_notify_before_placement:
    'A model still in training crosses {systemicRiskPower} FLOP on 1 Oct 2026 and is planned for release on 1 March 2027: the notification is due within 14 days (15 Oct 2026), before placement; the other duties apply from the planned release, Art. 55 with "prepare from" 1 Oct 2026.',
  scenario_placing_date_unknown:
    'The first placing date is unknown: the compliance deadline cannot be given and becomes an open question.',
  scenario_notification_across_year_end:
    'Threshold met on 25 December 2026: notification due 8 January 2027 (calendar days, across the year end).',
  scenario_notification_across_leap_day:
    'Threshold met on 20 February 2028: the two weeks end on 5 March 2028 (2028 is a leap year), a Sunday, so the notification is due Monday 6 March 2028.',
  scenario_code_of_practice_full_signatory:
    'Signing the whole Code of Practice changes how compliance is shown, not which obligations apply: same duties as a non-signatory.',
  scenario_code_of_practice_partial_sr:
    'A systemic-risk provider that signed only some chapters of the Code owes exactly the same obligations as one that signed none.',
  scenario_code_of_practice_non_signatory_sr:
    'The same systemic-risk provider as a non-signatory: identical obligations.',
  scenario_r87_notification_saturday_rolls_to_monday:
    'Threshold met on Saturday 13 June 2026: the two weeks end on Saturday 27 June, so the notification is due on Monday 29 June 2026, and the report says it moved and why.',
  scenario_r87_notification_sunday_rolls_to_monday:
    'Threshold met on Sunday 13 September 2026: the two weeks end on Sunday 27 September, so the notification is due on Monday 28 September 2026.',
  scenario_r87_notification_wednesday_does_not_move:
    'Threshold met on Wednesday 17 June 2026: the two weeks end on Wednesday 1 July 2026, a working day, so nothing moves.',
  scenario_r87_notification_friday_does_not_move:
    'Threshold met on Friday 12 June 2026, the day before the Saturday case: the two weeks end on Friday 26 June 2026 and do not move.',
  scenario_r87_not_overdue_between_nominal_end_and_last_day:
    'Threshold met on Saturday 13 June 2026, evaluated on Sunday 28 June: the nominal end (Saturday 27 June) has passed but the legal last day is Monday 29 June, so the notification is not overdue yet.',
  scenario_r87_not_overdue_on_the_last_day:
    'The same notification evaluated on Monday 29 June 2026, its legal last day: still not overdue (the period ends at the end of that day).',
  scenario_r87_overdue_the_day_after_the_last_day:
    'The same notification evaluated on Tuesday 30 June 2026, the day after its last day: overdue.',
  scenario_r87_fixed_dates_of_application_never_move:
    'Fixed dates of application are not periods: Commission enforcement and Art. 50(2) apply from Sunday {finesApply} (not Monday 3 August), and a model placed on Saturday 10 January 2026 owes its duties from that Saturday.',
  scenario_r87_six_months_month_end_on_a_weekday:
    'Designation notified on Tuesday 31 March 2026: six months later there is no 31 September, so the period ends on Wednesday 30 September 2026, a working day, and does not move.',
  scenario_r88_intended_planned_above_1e25_notify_now:
    'A lab is training a model it means to place on the EU market (no date yet): 6 × 10^24 FLOP so far, 3 × {systemicRiskPower} planned, known since Monday 21 Sept 2026. It owes the Art. 52(1) notification by Monday 5 Oct 2026 — now overdue — and everything else only from placing.',
  scenario_r88_undecided_read_as_intended:
    'The same lab has not decided whether to place the model on the EU market: "undecided" is read as intended (the conservative reading), flagged, so the notification is still owed.',
  scenario_r88_no_intention_nothing_owed:
    'The same model with no intention ever to place it on the EU market: it stays wholly outside the GPAI definition (R2), so nothing is owed, not even the notification.',
  scenario_r88_planned_exactly_1e25_nothing_yet:
    'A model meant for placing whose planned cumulative compute is exactly {systemicRiskPower} FLOP: "exceeds" is not met, so no notification is owed before placing, and the Art. 53 duties start only at placing.',
  scenario_r88_planned_just_above_1e25_notify:
    'The same model planned at 1.0000001 × {systemicRiskPower} FLOP, known since Monday 5 Oct 2026: just above the threshold, so the notification is owed by Monday 19 Oct 2026.',
  scenario_r2_intended_below_1e25_nothing_before_placing:
    'A model meant for placing, planned at 8 × 10^24 FLOP: below {systemicRiskPower}, so nothing is owed before it is placed; its Art. 53 duties start at placing.',
  scenario_r88_notified_before_placing_done:
    'The lab of {scenario} notified the Commission on 30 Sept 2026: the notification shows as done.',
  scenario_r88_date_known_unknown_open_question:
    'A model meant for placing, planned at 3 × {systemicRiskPower} FLOP, but the lab does not know since when the threshold was foreseeable: the notification is owed and the date is an open question.',
  scenario_r35_placed_model_known_to_cross_notifies_before_crossing:
    'A model placed on 10 Jan 2026 (8 × 10^24 FLOP so far) is being trained further; since Monday 14 Sept 2026 it is known the run will reach 1.5 × {systemicRiskPower} FLOP. The notification is owed two weeks after it became known (28 Sept 2026), before the threshold is met; Art. 55 only from the crossing itself.',
  scenario_r89_placed_on_a_tuesday_date_unknown:
    'A 2 × {systemicRiskPower} FLOP model placed on Tuesday 10 March 2026, threshold date unknown: the notification was due at the latest on Tuesday 24 March 2026 (no move), is overdue, and Art. 55 applies from placing.',
  scenario_r89_notified_shows_done:
    'A 2 × {systemicRiskPower} FLOP model placed on 10 Jan 2026, threshold date unknown, notified on 20 Jan 2026: the bound is still Monday 26 Jan 2026 and the notification shows as done.',
  scenario_r89_bound_still_ahead:
    'A 2 × {systemicRiskPower} FLOP model placed on Monday 23 Nov 2026, threshold date unknown, evaluated on 30 Nov: the notification is due at the latest on Monday 7 Dec 2026 — upcoming, not overdue.',
  scenario_r89_placing_and_threshold_dates_unknown:
    'A placed 2 × {systemicRiskPower} FLOP model whose placing date and threshold date are both unknown: the notification is due without delay and shown as overdue (never "date unknown"); both dates are open questions.',
  scenario_e28_threshold_before_placing_prepare_from:
    'Threshold met on 5 Jan 2026, model placed on 2 Feb 2026: notification by 19 Jan 2026; Art. 55 applies from placing, with "prepare from" 5 Jan 2026 (the guidelines’ earlier reading, flagged).',
  scenario_e28_threshold_on_placing_day_no_prepare_from:
    'Threshold met on the placing day itself (10 March 2026): Art. 55 applies from that day, with no earlier "prepare from" date; notification by 24 March 2026.',
  scenario_e28_not_yet_placed_notified_prepare_from:
    'A trained 1.2 × {systemicRiskPower} FLOP model planned for release on 1 March 2027 met the threshold on 14 Sept 2026 and was notified on 21 Sept: the notification is done; Art. 55 applies from the release, "prepare from" 14 Sept 2026.',
  scenario_e14_open_model_crosses_1e25_after_placement:
    'An Apache-2.0 model placed on 10 Jan 2026 crosses {systemicRiskPower} FLOP through continued training on 16 June 2026: the exemption ends that day, so Art. 53(1)(a)–(b) and Art. 55 are owed from 16 June, the notification by 30 June 2026.',
  scenario_r70_placed_on_2_aug_2025_threshold_met_earlier:
    'A 3 × {systemicRiskPower} FLOP model that met the threshold on 15 July 2025 and was placed on {chapterVApplies} (not a legacy model): the notification was due two weeks after {chapterVAppliesShort} — Saturday 16 Aug, so Monday 18 Aug 2025.',
  scenario_r70_threshold_met_after_2_aug_2025_own_two_weeks:
    'A model that met the threshold on Wednesday 6 Aug 2025 and was placed on 1 Sept 2025: its own two weeks apply (Wednesday 20 Aug 2025), not the guidelines’ 18 August expectation.',
  scenario_e7_legacy_placed_1_aug_2025_no_august_expectation:
    'The same model as {scenario} but placed one day earlier, on {legacyLastPlacingDay}: a legacy model — {legacyComplianceDeadline} is the legal outer limit (flagged), and the 16/18 August 2025 expectation is not shown.',
  scenario_e29_legacy_model_crosses_1e25_in_2026:
    'A model placed on 3 March 2025 crosses {systemicRiskPower} FLOP through the same provider’s continued training on 14 April 2026: still the legacy model’s lifecycle, so {legacyComplianceDeadline} is the outer legal limit (flagged E29), with notification by 28 April 2026 shown as recommended.',
  scenario_e29_legacy_model_crosses_just_after_chapter_v:
    'A model placed on 20 July 2025 crosses {systemicRiskPower} FLOP on Wednesday 6 August 2025, days after Chapter V applied: E29, not E7 — outer limit {legacyComplianceDeadline}, recommended 20 August 2025.',
  scenario_e27_one_billion_parameters_below_criterion_is_gpai:
    'A text model trained with 5 × 10^22 FLOP that has exactly 1 billion parameters, large and broad training data and self-supervision at scale: the facts indicate significant generality, so it is exceptionally a GPAI model (flagged).',
  scenario_e27_just_under_one_billion_parameters_criterion_decides:
    'The same model with 999 999 999 parameters: no broad indication on that route, no other facts, so the compute criterion decides — not a GPAI model.',
  scenario_r8_no_self_supervision_no_broad_indication:
    'A 7-billion-parameter text model on large, broad data but not trained with self-supervision at scale, at 5 × 10^22 FLOP: the R8 facts are not all present, so the criterion decides — not a GPAI model.',
  scenario_e27_three_distinct_tasks_below_criterion_is_gpai:
    'A text model at 5 × 10^22 FLOP that performs three distinct tasks (translation, summarisation, question answering): exceptionally a GPAI model (flagged).',
  scenario_e27_two_distinct_tasks_criterion_decides:
    'The same model performing only two distinct tasks: no broad indication, so the criterion decides — not a GPAI model.',
  scenario_e27_single_task_wins_over_broad_facts:
    'A 2-billion-parameter speech-transcription model trained self-supervised on large, broad audio, at 10^24 FLOP: it was built for one task, and the narrow indication prevails — not a GPAI model (flagged).',
  scenario_e27_all_facts_unknown_above_criterion:
    'Every generality fact answered "I don’t know", text model at 2 × {gpaiPower} FLOP: the criterion decides — a GPAI model.',
  scenario_e27_all_facts_unknown_below_criterion:
    'The same unknowns at 5 × 10^22 FLOP: the criterion decides — not a GPAI model.',
  scenario_r10_audio_without_speech_fails_modality:
    'A model whose only output is audio without speech (sound, music), 2 × 10^24 FLOP, no other facts: audio counts as language only when it contains speech, so the criterion is not met — not a GPAI model.',
  scenario_r10_speech_output_counts_as_language:
    'A model that outputs speech, 2 × 10^24 FLOP, no other facts: audio containing speech is language, so the criterion is met — a GPAI model.',
  scenario_r10_text_to_speech_single_task:
    'A text-to-speech model (speech output, 10^24 FLOP) built for that one task: the Commission’s example of a narrow model — not a GPAI model (flagged).',
  scenario_r10_image_to_image_only_fails_modality:
    'A model that only edits images (image-to-image: upscaling, inpainting), 2 × 10^24 FLOP, no other facts: image output counts only when generated from text, so the criterion is not met.',
  scenario_r10_upscaling_single_task:
    'An image-upscaling model at 10^24 FLOP, built for that one task: not a GPAI model.',
  scenario_r10_text_to_image_with_editing_meets_modality:
    'A model that generates images from text and also edits images, 2 × 10^24 FLOP, no other facts: text-to-image meets the modality half, so the criterion is met — a GPAI model.',
  scenario_e8_non_eu_internal_use_outside_eu_not_placed:
    'A provider established outside the EU uses its 2 × {systemicRiskPower} FLOP model only internally, outside the EU, and makes it available nowhere in the Union: not placed on the Union market, so no duties under the Act.',
  scenario_e8_internal_use_in_and_outside_eu_systemic_risk:
    'The same non-EU provider uses the model internally both in and outside the EU: there is a Union nexus, so the E8 reading applies — treated as provider (flagged), notification by 16 Feb 2026.',
  scenario_e8_internal_use_location_unknown_read_as_eu:
    'The same provider does not know where the internal use takes place: read as in the EU (conservative), treated as provider (flagged), and the location is an open question.',
  scenario_r17_decisions_about_people_outside_eu_not_placed:
    'A non-EU company uses its own broad model internally, outside the EU, to decide about its local customers: the use affects no one in the Union, so the model is not placed on the Union market.',
  scenario_e30_hobbyist_with_a_price_is_provider:
    'A self-described hobbyist uploads a broad 2 × {gpaiPower} FLOP model to a hub and charges a price for it: the price is a fact of commercial activity, so the label is overridden — provider (and the report says why).',
  scenario_e30_hobbyist_runs_an_api_business:
    'A self-described hobbyist offers a broad model through an API run as a business: provider, the label overridden.',
  scenario_r22_hobbyist_regular_supply:
    'A self-described hobbyist supplies a broad model to others regularly, not as a one-off: regular supply is a fact of commercial activity — provider.',
  scenario_e30_hobbyist_public_release_above_1e25:
    'A self-described hobbyist publicly releases, free and under Apache-2.0, a model trained with 2 × {systemicRiskPower} FLOP: a public release above {systemicRiskPower} is assessed as making available — provider of a systemic-risk model, no exemption.',
  scenario_e30_research_lab_with_other_monetisation:
    'A research lab offers its broad model on a hub with paid tiers tied to access: monetisation is a fact of commercial activity — provider, the "research" label overridden.',
  scenario_e11_hobbyist_no_commercial_facts:
    'A hobbyist uploads a broad 2 × {gpaiPower} FLOP model to a hub and answers that there is no price, no monetisation, no business and no regular supply: most defensibly not placing on the market (flagged).',
  scenario_r90_modification_compute_unknown_conservative:
    'A fine-tuner of a 3 × 10^24 FLOP model does not know its own fine-tuning compute: never resolved in its favour — read as provider of the modified model (duties limited to the modification), flagged, with the compute as an open question.',
  scenario_r90_modification_compute_unknown_sr_original:
    'A fine-tuner of a 3 × {systemicRiskPower} FLOP systemic-risk model, own compute unknown, placed on Thursday 15 Jan 2026: conservative reading — provider of a modified systemic-risk model (flagged); with no threshold date, the notification was due at the latest on Thursday 29 Jan 2026.',
  scenario_r91_modifier_acting_for_the_original_provider:
    'A company fine-tunes a 3 × 10^24 FLOP model with 2 × 10^24 FLOP on behalf of the original provider: not a downstream modifier — the modification is part of the original model’s lifecycle, so it is not a provider.',
  scenario_r91_developer_for_a_client_under_the_client_name:
    'A firm trains a broad model for a client, who places it under the client’s own name: the client is the provider, the firm is not.',
  scenario_r91_on_behalf_unknown_conservative:
    'A fine-tuner above one third does not know whether it acts on behalf of the original provider: read as acting on its own (conservative) — provider of the modified model, with the question open.',
  scenario_r91_name_on_model_unknown_conservative:
    'A developer does not know under whose name the model will be made available: read as its own name (conservative) — provider, with the question open.',
  scenario_r92_ten_thousand_business_users_designation_risk:
    'A 5 × 10^24 FLOP model made available to at least 10 000 registered EU business users: Annex XIII presumes high impact, so the report warns of designation risk — but no systemic-risk duty arises without a designation.',
  scenario_r92_fewer_business_users_no_change:
    'The same model with fewer than 10 000 registered EU business users: the obligations are the same Art. 53 duties.',
  scenario_r38_designated_after_placement:
    'A 5 × 10^24 FLOP model with at least 10 000 EU business users, placed on 10 Jan 2026, designated (informed 16 June 2026): Art. 55 applies from 16 June, the compliance deadline is that later date, no Art. 52(1) notification, reassessment from 16 Dec 2026.',
  scenario_r93_integrator_signposts:
    'An integrator building on a third-party model’s API owes no model duties; the report names the AI-system duties it does not assess: Art. 50(1), Art. 50(2) from Sunday {finesApplyShort}, the high-risk check, the Annex XII information it may ask for, the complaint right.',
  scenario_r93_own_system_systemic_risk_provider:
    'A provider runs its own 1.2 × {systemicRiskPower} FLOP model in its own chatbot: all model duties apply, and the AI-system duties are named as signposts, not assessed.',
  scenario_r93_modifier_below_threshold_signposts:
    'A fine-tune of {gpaiPower} FLOP on a 3 × 10^24 FLOP model stays below one third: no model duties, and the report names the AI-system duties instead of "nothing applies".',
  scenario_e24_unmodified_open_weights_of_an_sr_model:
    'A company runs the unmodified open weights of a systemic-risk model inside its own product: still not a model provider (the uploader is); the AI-system signposts are shown.',
  scenario_r94_provider_enforcement_section:
    'A non-EU provider of a 1.2 × {systemicRiskPower} FLOP model: the report states the Commission’s enforcement powers once — information requests (Art. 91), evaluations (Art. 92), measures (Art. 93) and fines under Art. 101(1)(a)–(d) up to {fineShare} or EUR {fineMillions} million — from {finesApplyShort}.',
  scenario_r56_r63_annex_xi_section_2_is_documentation:
    'For a systemic-risk model, Annex XI Section 2 (evaluations, adversarial testing) is part of the Art. 53(1)(a) documentation, not of the Art. 55(1)(a) evaluation duty; Section 1 includes what the model optimises for and the number of data points.',
  scenario_r56_section_1_items_non_sr:
    'For a model without systemic risk, the Art. 53(1)(a) documentation still lists the added Section 1 items: what the model optimises for and the data points used.',
  scenario_r62_signatory_still_owes_notification:
    'A full signatory of the Code of Practice whose model crossed {systemicRiskPower} on 17 June 2026 and did not notify: the notification has no Code chapter and signing does not show it was made — overdue.',
  scenario_r61_authorised_representative_appointed_done:
    'A non-EU provider that has appointed its EU authorised representative by written mandate: Art. 54 shows as done, cited to GL §3.1.',
  scenario_r61_authorised_representative_missing_overdue:
    'A non-EU provider placed on 10 Jan 2026 that has not appointed a representative: Art. 54 required it before placing, so it is overdue.',
  scenario_r61_representative_before_planned_placing_upcoming:
    'A non-EU provider planning to place on 1 March 2027 has not yet appointed a representative: due before placing, so upcoming, not overdue.',
  scenario_steps_taken_mixed_answers:
    'A provider placed on 10 Jan 2026 has its documentation and training summary in place, no downstream information, and does not know about its copyright policy: done, done, overdue, and in force (status from the dates).',
  scenario_steps_taken_legacy_not_overdue_before_2027:
    'A legacy model placed on 3 March 2025 without technical documentation yet, evaluated on 30 Nov 2026: the duty must be met by {legacyComplianceDeadlineShort}, so it is not overdue.',
  scenario_r13_later_version_keeps_first_placing_date:
    'A later version of a model first placed on 3 March 2025, by the same provider: same lifecycle, so still a legacy model with {legacyComplianceDeadlineShort} to comply.',
  scenario_r13_new_pre_training_run_is_a_new_model:
    'A new large pre-training run by the same provider, placed on 4 May 2026: a new model, with duties from its own placing date.',
  scenario_r14_consortium_coordinator_is_provider:
    'The coordinator of a consortium that develops and places a broad model: the provider.',
  scenario_r14_consortium_role_unknown:
    'A consortium participant that does not know whether it coordinates: read as the coordinator (conservative) — provider, with the question open.',
  scenario_r18_supplied_to_a_downstream_integrator_in_eu:
    'A developer first supplies its broad model to another company in the EU that builds it into its AI system: that is placing on the market, and the developer is the model provider.',
} as const;
