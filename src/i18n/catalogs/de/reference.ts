import type { Messages } from '../../message-id';
import type { reference as en } from '../en/reference';

export const reference: Messages<typeof en> = {
  change_2026_11_2_R1:
    'Regelrevision 2 (R1–R94, E1–E30): berichtigt R2, R8, R10, R17, R22, R34, R35, R38, R56, R61–R63, R70, E7, E8, E11, E24; neu R87–R94 und E27–E30. Antworten, die unter 2026.11.1 erfasst wurden, werden übernommen, und der Bericht führt auf, was sich geändert hat.',
  change_2026_11_2_R87:
    'Fristen nach der Verordnung (EWG, Euratom) Nr. 1182/71 (R87): Eine Frist, die an einem Samstag oder Sonntag endet, endet mit Ablauf des nächstfolgenden Arbeitstags, und der Bericht weist darauf hin; die zwei Wochen der Leitlinien nach dem {chapterVApplies} enden am Montag, dem 18. August 2025 (R70). Feste Geltungsbeginne verschieben sich nie.',
  change_2026_11_2_R88:
    'Art. 52 Abs. 1 vor dem Inverkehrbringen (R88): Für ein Modell, das in Verkehr gebracht werden soll und dessen geplanter kumulierter Rechenaufwand {systemicRiskPower} FLOP übersteigt, ist die Mitteilung schon jetzt geschuldet; für ein in Verkehr gebrachtes Modell, bei dem unbekannt ist, wann der Schwellenwert erreicht wurde, spätestens zwei Wochen nach dem ersten Inverkehrbringen (R89).',
  change_2026_11_2_E28:
    'Art. 55 spätestens ab dem Inverkehrbringen, „vorbereiten ab“ dem Tag, an dem der Schwellenwert erreicht wurde (E28); für Altmodelle, die {systemicRiskPower} erst später überschreiten, bleibt der {legacyComplianceDeadline} die äußerste Grenze (E29); die Erwartung des 16./18. August 2025 wird für Modelle, die vor dem {chapterVApplies} in Verkehr gebracht wurden, nicht mehr angezeigt (E7).',
  change_2026_11_2_R17:
    'Eine ausschließlich interne Nutzung außerhalb der EU ist kein Inverkehrbringen auf dem Unionsmarkt (R17, E8). Tatsachen einer Geschäftstätigkeit gehen der Selbstbeschreibung als „Privatperson“ oder „Forschungslabor“ vor (E30). Wer für den ursprünglichen Anbieter oder unter dem Namen eines Kunden handelt, ist nicht Anbieter (R91). Ein unbekannter Rechenaufwand der Veränderung wird nicht mehr zugunsten des Nutzers ausgelegt (R90).',
  change_2026_11_2_R8:
    'Allgemeinheit aus Tatsachen, nicht aus einer Selbsteinschätzung (R8, E27); Audio gilt nur mit Sprache als Sprache, Bild-zu-Bild ist nicht Text-zu-Bild (R10).',
  change_2026_11_2_R56:
    'Anhang XI Abschnitt 2 wird bei Modellen mit systemischem Risiko unter Art. 53 Abs. 1 Buchst. a aufgeführt (R56); für die Mitteilung gibt es kein Kapitel des Praxisleitfadens (R62); Ausweisungsrisiko ab ≥ 10 000 registrierten gewerblichen Nutzern in der EU (R92); nicht geprüfte Pflichten für KI-Systeme werden als Hinweise genannt (R93); ein einziger Abschnitt zur Durchsetzung (R94). Bereits ergriffene Maßnahmen setzen Pflichten auf „erledigt“.',
  change_2026_11_1_R1:
    'Erste Fassung: Regeln R1–R86 und Grenzfälle E1–E26 der Referenz, Stand der KI-Verordnung in der durch die Verordnung (EU) 2026/1744 geänderten Fassung (in Kraft seit dem 27. Juli 2026) und der Leitlinien der Kommission C(2025) 5045.',
  sourceTitle_AIA: 'Verordnung (EU) 2024/1689 (KI-Verordnung)',
  sourceReference_AIA:
    'ABl. L, 2024/1689, 12.7.2024; geändert durch die Verordnung (EU) 2026/1744 (konsolidierte Fassung in EUR-Lex vom 27.7.2026)',
  sourceNote_AIA:
    'Verbindlich ist nur der im Amtsblatt veröffentlichte Text; Kapitel V wurde in einer konsolidierten Fassung (27.7.2026) gelesen.',
  sourceTitle_OMNI: 'Verordnung (EU) 2026/1744 (digitaler Omnibus zur KI)',
  sourceReference_OMNI: 'ABl. L, 2026/1744, 24.7.2026; in Kraft seit dem 27.7.2026',
  sourceNote_OMNI:
    'Hat die Schwellenwerte, Pflichten, Geldbußen und Daten für KI-Modelle mit allgemeinem Verwendungszweck nicht geändert (R80).',
  sourceTitle_GL:
    'Leitlinien zum Umfang der Verpflichtungen für Anbieter von KI-Modellen mit allgemeinem Verwendungszweck nach dem KI-Gesetz',
  sourceReference_GL:
    'C(2025) 5045 final, 18.7.2025 (förmliche Fassung nach Berichten C(2025) 7719 final, 19.11.2025)',
  sourceNote_GL:
    'Nicht verbindlich; verbindlich ausgelegt wird die KI-Verordnung nur vom Gerichtshof (Leitlinien Rn. 9).',
  sourceTitle_TPL:
    'Vorlage für die öffentliche Zusammenfassung der Trainingsinhalte (Art. 53 Abs. 1 Buchst. d)',
  sourceReference_TPL:
    'Veröffentlicht am 24.7.2025 (förmliche Mitteilung nach Berichten C(2025) 8311 final, 5.12.2025)',
  sourceNote_TPL:
    'Die Vorlage ist für die Zusammenfassung nach Art. 53 Abs. 1 Buchst. d verbindlich zu verwenden.',
  sourceTitle_COP: 'Praxisleitfaden für KI mit allgemeinem Verwendungszweck',
  sourceReference_COP:
    'Veröffentlicht am 10.7.2025; Angemessenheit von der Kommission und dem KI-Gremium am 1.8.2025 bestätigt',
  sourceNote_COP:
    'Freiwilliges Instrument zum Nachweis der Einhaltung; keine Konformitätsvermutung (R75, R81).',
  holidayDecision_2023:
    'Beschluss der Kommission vom 25. Mai 2021 über die Feiertage 2023 für das Personal der europäischen Organe in Brüssel und Luxemburg',
  holidayOj_2023: 'ABl. C 201 I vom 28.5.2021, S. 2 (2021/C 201 I/02)',
  law_gpaiThresholdFlop:
    'Indikatives Kriterium für KI-Modelle mit allgemeinem Verwendungszweck: Trainingsrechenaufwand größer als',
  lawReference_gpaiThresholdFlop: 'Leitlinien Rn. 17',
  law_systemicRiskThresholdFlop:
    'Vermutung eines systemischen Risikos: kumulierter Trainingsrechenaufwand größer als',
  lawReference_systemicRiskThresholdFlop: 'Art. 51 Abs. 2',
  law_modificationShareDenominator: 'Ein Modifizierer wird Anbieter bei mehr als einem Teil von',
  lawReference_modificationShareDenominator: 'Leitlinien Rn. 60',
  law_estimateTolerance: 'Zulässiger Gesamtfehler einer Schätzung des Rechenaufwands',
  lawReference_estimateTolerance: 'Leitlinien Anhang A.2',
  law_broadParameterCount:
    'Parameterzahl, ab der ein mit großen Datenmengen unter umfassender Selbstüberwachung trainiertes Modell Allgemeinheit aufweist',
  lawReference_broadParameterCount: 'Leitlinien Rn. 18; Erwägungsgrund 98',
  law_designationBusinessUsers:
    'In der Union niedergelassene registrierte gewerbliche Nutzer, ab denen hohe Auswirkungen auf den Binnenmarkt vermutet werden (Ausweisung)',
  lawReference_designationBusinessUsers: 'Anhang XIII Buchst. f',
  law_notificationPeriod:
    'Mitteilung an die Kommission, nachdem der Schwellenwert erreicht oder dies bekannt wurde',
  lawReference_notificationPeriod: 'Art. 52 Abs. 1; Art. 3 der Verordnung (EWG, Euratom) Nr. 1182/71',
  law_reassessmentPeriod: 'Frühester Antrag auf Neubewertung einer Ausweisung',
  lawReference_reassessmentPeriod: 'Art. 52 Abs. 5; Art. 3 der Verordnung (EWG, Euratom) Nr. 1182/71',
  law_chapterVApplies: 'Pflichten für KI-Modelle mit allgemeinem Verwendungszweck gelten',
  lawReference_chapterVApplies: 'Art. 113 Buchst. b',
  law_legacyLastPlacingDay:
    'Letzter Tag des Inverkehrbringens eines „vor dem {chapterVApplies}“ in Verkehr gebrachten Modells',
  lawReference_legacyLastPlacingDay: 'Art. 111 Abs. 3',
  law_legacyComplianceDeadline:
    'Vor dem {chapterVApplies} in Verkehr gebrachte Modelle erfüllen die Pflichten bis',
  lawReference_legacyComplianceDeadline: 'Art. 111 Abs. 3',
  law_finesApply:
    'Die Kommission kann Geldbußen gegen Anbieter verhängen und ihre Durchsetzungsbefugnisse ausüben',
  lawReference_finesApply: 'Art. 113; Art. 101',
  law_generalApplication: 'Allgemeiner Geltungsbeginn (Transparenzpflichten nach Art. 50)',
  lawReference_generalApplication: 'Art. 113',
  law_art50MarkingLegacyDeadline:
    'Maschinenlesbare Kennzeichnung bei generativen Systemen, die vor dem {finesApply} in Verkehr gebracht wurden',
  lawReference_art50MarkingLegacyDeadline: 'Art. 111 Abs. 4',
  law_annexIIIHighRiskApplies: 'Vorschriften für Hochrisiko-KI-Systeme nach Anhang III gelten',
  lawReference_annexIIIHighRiskApplies:
    'Art. 113 in der durch die Verordnung (EU) 2026/1744 geänderten Fassung',
  law_annexIHighRiskApplies: 'Vorschriften für Hochrisiko-KI-Systeme in Produkten nach Anhang I gelten',
  lawReference_annexIHighRiskApplies:
    'Art. 113 in der durch die Verordnung (EU) 2026/1744 geänderten Fassung',
  law_fineCeilingPercent:
    'Höchstbetrag der Geldbuße: Anteil am weltweiten Jahresumsatz (je nachdem, welcher Betrag höher ist)',
  lawReference_fineCeilingPercent: 'Art. 101 Abs. 1',
  law_fineCeilingEur: 'Höchstbetrag der Geldbuße: fester Betrag (je nachdem, welcher Betrag höher ist)',
  lawReference_fineCeilingEur: 'Art. 101 Abs. 1',
  law_representativeRecordYears: 'Jahre, die der Bevollmächtigte die technische Dokumentation bereithält',
  lawReference_representativeRecordYears: 'Art. 54 Abs. 3 Buchst. b',
  scenario_criterion_exactly_1e23_not_met:
    'Ein Textmodell unbekannter Allgemeinheit, trainiert mit genau {gpaiPower} FLOP, erfüllt das indikative Kriterium („größer als“) nicht und ist daher kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_criterion_just_above_1e23_met:
    'Dasselbe Modell mit 1,0000001 × {gpaiPower} FLOP erfüllt das Kriterium und ist ein KI-Modell mit allgemeinem Verwendungszweck; sein Entwickler bringt es über eine API in Verkehr und schuldet die Pflichten nach Art. 53 ab dem Inverkehrbringen.',
  scenario_broad_language_model_1e24:
    'Ein breit einsetzbares Modell für natürliche Sprache, trainiert mit 10^24 FLOP, ist ein KI-Modell mit allgemeinem Verwendungszweck (das eigene Beispiel der Kommission); ein Entwickler in der EU, der es über eine API anbietet, ist sein Anbieter.',
  scenario_narrow_speech_transcription_1e24:
    'Ein Modell zur Sprachtranskription mit 10^24 FLOP erfüllt das Rechenkriterium, kann aber nur eine eng umgrenzte Aufgabe erfüllen und ist daher kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_narrow_music_generation_2e24:
    'Ein Modell, das nur Musik aus Prompts erzeugt (Audio ohne Sprache, 2 × 10^24 FLOP), ist eng umgrenzt und daher kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_broad_text_model_1e22_exceptionally_gpai:
    'Ein Textmodell, das mit nur 10^22 FLOP trainiert wurde, aber dennoch ein breites Spektrum unterschiedlicher Aufgaben erfüllt, ist ausnahmsweise ein KI-Modell mit allgemeinem Verwendungszweck; die Engine muss dies als unsicher kennzeichnen.',
  scenario_narrow_text_model_1e22:
    'Ein eng umgrenztes Textmodell mit 10^22 FLOP, gebaut für eine einzige Klassifizierungsaufgabe, ist kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_weather_model_modality_gate:
    'Ein Wettervorhersagemodell (gibt Wetterfelder aus, 10^24 FLOP, Allgemeinheit unbekannt) kann weder Sprache noch Bilder oder Videos erzeugen; das Kriterium deutet daher auf „kein GPAI-Modell“.',
  scenario_unknown_generality_image_above_1e23:
    'Ein Text-zu-Bild-Modell mit 2 × {gpaiPower} FLOP, dessen Allgemeinheit der Nutzer nicht beurteilen kann, wird nach dem Kriterium eingeordnet: GPAI-Modell.',
  scenario_unknown_generality_video_below_1e23:
    'Ein Text-zu-Video-Modell mit 9 × 10^22 FLOP und unbekannter Allgemeinheit bleibt unter dem Kriterium: kein GPAI-Modell.',
  scenario_synthetic_data_does_not_count_for_1e23:
    'Für die Prüfung gegen {gpaiPower} zählt nur Rechenaufwand, der Parameter aktualisiert: 9 × 10^22 FLOP Training zuzüglich 5 × {gpaiPower} FLOP für die Erzeugung synthetischer Daten bleiben unter dem Kriterium.',
  scenario_inherited_weights_do_not_count_for_1e23:
    'Ein Modell, initialisiert mit Gewichten, deren Training 2 × {systemicRiskPower} FLOP erforderte, dann mit nur 5 × 10^22 FLOP weitertrainiert, Allgemeinheit unbekannt: Die Prüfung gegen {gpaiPower} berücksichtigt nur den Rechenaufwand für Parameteraktualisierungen; das Kriterium ist nicht erfüllt, und die Frage des systemischen Risikos stellt sich nicht.',
  scenario_unknown_compute_broad_model:
    'Der Entwickler kennt den Trainingsrechenaufwand nicht, aber das Modell hat 7 Milliarden Parameter, wurde unter Selbstüberwachung mit großen, breit gefächerten Daten trainiert und erfüllt fünf unterschiedliche Aufgaben: Nach diesen Tatsachen ist es ein KI-Modell mit allgemeinem Verwendungszweck, und die Rechenaufwandszahl wird zur offenen Frage.',
  scenario_not_yet_placed_rd_only:
    'Ein Modell, das sich noch in Forschung und Entwicklung befindet, nie in Verkehr gebracht wurde und nicht in Verkehr gebracht werden soll, fällt nicht unter die Begriffsbestimmung des KI-Modells mit allgemeinem Verwendungszweck.',
  scenario_research_lab_partners_only:
    'Ein Forschungslabor gibt sein Modell nur an Forschungspartner weiter, ausschließlich für die wissenschaftliche Forschung: außerhalb des Anwendungsbereichs der Verordnung (ausschließlich Forschungszwecke).',
  scenario_research_lab_public_weights_release:
    'Ein Hochschullabor veröffentlicht die Gewichte seines breit einsetzbaren Modells unter Apache-2.0 auf einem Hub: Das ist ein Inverkehrbringen (als unsicher gekennzeichnet), und die Open-Source-Ausnahme greift.',
  scenario_hobbyist_hub_upload:
    'Eine Privatperson lädt als Hobby ein breit einsetzbares Modell (2 × {gpaiPower} FLOP) auf einen Hub hoch und gibt nicht an, ob eine Geschäftstätigkeit vorliegt: am besten vertretbar kein Inverkehrbringen; als unsicher gekennzeichnet, und die geschäftlichen Tatsachen werden zur offenen Frage.',
  scenario_commissioned_model_placed_via_cloud:
    'Ein Unternehmen lässt ein breit einsetzbares Modell von einer anderen Firma trainieren und bietet es unter eigenem Namen über einen Cloud-Dienst an: Das Unternehmen ist der Anbieter.',
  scenario_copied_onto_customer_infrastructure:
    'Ein Entwickler installiert sein Modell auf den eigenen Servern eines Kunden in der EU: erstmalige Bereitstellung, daher ist er der Anbieter.',
  scenario_own_chatbot_integration:
    'Ein Entwickler integriert sein eigenes breit einsetzbares Modell in seinen eigenen, in der EU angebotenen Chatbot: Das Modell wird in Verkehr gebracht, und die Modellpflichten gelten zusätzlich zu den Systempflichten, die der Bericht als nicht geprüft nennt.',
  scenario_internal_use_essential_to_service:
    'Eine Bank nutzt ihr eigenes breit einsetzbares Modell intern in der EU, um über Kreditanträge von Kunden zu entscheiden: Eine interne Nutzung, die Rechte von Menschen berührt, gilt als Inverkehrbringen.',
  scenario_internal_only_non_sr:
    'Ein Unternehmen nutzt sein eigenes breit einsetzbares Modell (ohne systemisches Risiko) nur für rein interne Abläufe: Die Modellpflichten gelten nicht.',
  scenario_internal_only_systemic_risk:
    'Ein mit 2 × {systemicRiskPower} FLOP trainiertes Modell, rein intern in der EU genutzt: Nach Erwägungsgrund 97 unterliegen Modelle mit systemischem Risiko „stets“ den Pflichten, daher wird der Entwickler als Anbieter behandelt – als sehr unsicher gekennzeichnet. Schwellenwert erreicht am Sonntag, 1. Feb. 2026: Die zwei Wochen enden am Sonntag, 15. Feb., daher ist die Mitteilung am Montag, 16. Feb., fällig.',
  scenario_non_eu_developer_direct_eu_api:
    'Ein außerhalb der EU niedergelassener Entwickler bietet sein Modell über eine API Kunden in der EU an: Er ist der Anbieter und muss zudem einen Bevollmächtigten in der EU benennen.',
  scenario_non_eu_developer_via_downstream_no_exclusion:
    'Ein Entwickler außerhalb der EU liefert sein Modell an einen Integrator außerhalb der EU, dessen KI-System in der EU verkauft wird, ohne die Nutzung in der EU auszuschließen: Der Entwickler ist Anbieter des Modells (einschließlich Art. 54).',
  scenario_non_eu_developer_via_downstream_clear_exclusion:
    'Derselbe Entwickler außerhalb der EU hat Vertrieb und Nutzung in der EU klar und eindeutig ausgeschlossen: Er ist nicht Anbieter des Modells auf dem Unionsmarkt.',
  scenario_non_eu_developer_never_in_eu:
    'Ein Entwickler außerhalb der EU, dessen Modell in der EU nie bereitgestellt und in nichts eingebaut wird, was in der EU genutzt wird, ist kein Anbieter im Sinne der Verordnung.',
  scenario_eu_availability_unknown:
    'Ein Entwickler, der sein Modell über eine API anbietet, weiß nicht, ob es in der EU verfügbar ist: vorsichtig als in Verkehr gebracht gelesen und als offene Frage gestellt.',
  scenario_eu_establishment_unknown:
    'Der Nutzer weiß nicht, ob die anbietende Stelle in der EU niedergelassen ist: Die Pflicht zur Benennung eines Bevollmächtigten wird als möglicherweise geschuldet aufgeführt und als offene Frage gestellt.',
  scenario_integrator_becomes_model_provider:
    'Ein Unternehmen in der EU baut einen Chatbot auf einem außerhalb der EU bezogenen Modell, dessen Anbieter die Nutzung in der EU klar ausgeschlossen hat, und verkauft den Chatbot in der EU: Der Integrator wird Anbieter des Modells (gekennzeichnet).',
  scenario_integrator_via_api:
    'Ein Unternehmen baut sein Produkt über die API des Modellanbieters auf dem Modell eines Dritten auf: Es stellt ein KI-System bereit, kein KI-Modell mit allgemeinem Verwendungszweck, und hat keine Modellpflichten; die Pflichten für KI-Systeme werden als nicht geprüft genannt.',
  scenario_integrator_unmodified_open_weights:
    'Ein Unternehmen betreibt heruntergeladene offene Gewichte unverändert in seiner eigenen App: Es ist nachgelagerter Anbieter eines Systems; der Hochladende bleibt Anbieter des Modells; die Pflichten für KI-Systeme werden als nicht geprüft genannt.',
  scenario_model_hub_host:
    'Ein Modell-Hub, der nur von anderen hochgeladene Modelle hostet, ist nicht deren Anbieter; der Hochladende ist es.',
  scenario_modifier_below_one_third:
    'Eine Feinabstimmung mit 5 × {gpaiPower} FLOP an einem Modell mit 3 × 10^24 FLOP (ein Sechstel) ist keine erhebliche Veränderung: Wer die Feinabstimmung vornimmt, ist kein Modellanbieter.',
  scenario_modifier_exactly_one_third:
    'Eine Feinabstimmung mit genau einem Drittel des Rechenaufwands des ursprünglichen Modells (10^24 von 3 × 10^24 FLOP) erfüllt „mehr als ein Drittel“ nicht.',
  scenario_modifier_above_one_third:
    'Eine Feinabstimmung mit 1,2 × 10^24 FLOP an einem Modell mit 3 × 10^24 FLOP (40 %) macht den Feinabstimmenden zum Anbieter des veränderten Modells, mit auf die Veränderung beschränkten Pflichten, ab dessen Inverkehrbringen.',
  scenario_modifier_unknown_original_fallback_3_33e22:
    'Rechenaufwand des ursprünglichen Modells unbekannt, ursprüngliches Modell ohne systemisches Risiko: Der Schwellenwert ist ein Drittel von {gpaiPower}; 3,33 × 10^22 FLOP Feinabstimmung liegen knapp darunter.',
  scenario_modifier_unknown_original_fallback_exactly_third_of_1e23:
    'Rechenaufwand des ursprünglichen Modells unbekannt, ursprüngliches Modell ohne systemisches Risiko: Ein Rechenaufwand der Feinabstimmung von genau einem Drittel von {gpaiPower} (3 × Veränderung = {gpaiPower}) übersteigt den Ersatzschwellenwert nicht.',
  scenario_modifier_unknown_original_fallback_above_non_sr:
    'Rechenaufwand des ursprünglichen Modells unbekannt, ursprüngliches Modell ohne systemisches Risiko: 4 × 10^22 FLOP Feinabstimmung übersteigen ein Drittel von {gpaiPower}, daher wird der Feinabstimmende Anbieter des veränderten Modells.',
  scenario_modifier_unknown_original_sr_3_33e24:
    'Rechenaufwand des ursprünglichen Modells unbekannt, ursprüngliches Modell mit systemischem Risiko: Der Schwellenwert ist ein Drittel von {systemicRiskPower}; 3,33 × 10^24 FLOP liegen darunter, daher behält der ursprüngliche Anbieter alle Pflichten.',
  scenario_modifier_unknown_original_sr_exactly_third_of_1e25:
    'Rechenaufwand des ursprünglichen Modells unbekannt, ursprüngliches Modell mit systemischem Risiko: Eine Feinabstimmung von genau einem Drittel von {systemicRiskPower} (3 × Veränderung = {systemicRiskPower}) übersteigt den Ersatzschwellenwert nicht.',
  scenario_modifier_unknown_original_sr_above:
    'Rechenaufwand des ursprünglichen Modells unbekannt, ursprüngliches Modell mit systemischem Risiko: 4 × 10^24 FLOP Feinabstimmung übersteigen ein Drittel von {systemicRiskPower}, daher wird für das veränderte Modell ein systemisches Risiko vermutet; der Feinabstimmende muss die Mitteilung machen und Art. 55 erfüllen.',
  scenario_modifier_unknown_original_unknown_sr_lower_fallback:
    'Der Feinabstimmende kennt weder den Rechenaufwand des ursprünglichen Modells noch, ob es ein systemisches Risiko hat: Es gilt der vorsichtige niedrigere Schwellenwert (ein Drittel von {gpaiPower}), daher machen ihn {gpaiPower} FLOP Feinabstimmung zum Anbieter (gekennzeichnet).',
  scenario_modifier_of_sr_model_above_threshold:
    'Ein Unternehmen nimmt an einem Modell mit systemischem Risiko und 3 × {systemicRiskPower} FLOP eine Feinabstimmung mit 1,2 × {systemicRiskPower} FLOP (40 %) vor: Es wird Anbieter eines Modells, für das ein systemisches Risiko vermutet wird, muss die Mitteilung binnen 14 Tagen machen und Art. 55 erfüllen.',
  scenario_modifier_cumulative_crosses_1e25_inherited_weights:
    'Eine Feinabstimmung mit 3 × 10^24 FLOP an einem Modell ohne systemisches Risiko mit 8 × 10^24 FLOP übersteigt ein Drittel, und der kumulierte Rechenaufwand des veränderten Modells (übernommene Gewichte eingeschlossen) beträgt 1,1 × {systemicRiskPower}: systemisches Risiko vermutet (gekennzeichnet).',
  scenario_modifier_synthetic_data_counts_toward_1e25:
    'Ein Feinabstimmender fügt einem Modell mit 6 × 10^24 FLOP 2,5 × 10^24 FLOP Training und 2 × 10^24 FLOP für nicht öffentliche synthetische Daten hinzu: mehr als ein Drittel, und der kumulierte Rechenaufwand des veränderten Modells (1,05 × {systemicRiskPower}) übersteigt {systemicRiskPower}, daher wird ein systemisches Risiko vermutet.',
  scenario_modifier_via_original_provider_platform:
    'Ein Kunde nimmt über die API des ursprünglichen Anbieters eine Feinabstimmung vor, und das Ergebnis bleibt unter dem Namen des Anbieters auf dessen Plattform: Eher ist der ursprüngliche Anbieter der Modifizierer (gekennzeichnet).',
  scenario_modifier_quantisation_negligible_compute:
    'Ein Dritter quantisiert ein Modell mit 2 × 10^24 FLOP mit 10^18 FLOP: vernachlässigbarer Rechenaufwand, weit unter einem Drittel, daher kein Modellanbieter.',
  scenario_modifier_of_legacy_model_after_aug_2025:
    'Ein nachgelagerter Akteur verändert ein 2024 erstmals in Verkehr gebrachtes Modell erheblich und bringt seine Fassung am 1. Nov. 2025 in Verkehr: ein neues Modell, in Verkehr gebracht nach dem {chapterVAppliesShort}, daher gelten seine Pflichten ab diesem Inverkehrbringen, nicht erst 2027.',
  scenario_modifier_placed_before_aug_2025_is_legacy:
    'Ein verändertes Modell, das am 15. Juli 2025 in Verkehr gebracht wurde (bevor Kapitel V galt), ist ein Altmodell: Sein Anbieter muss die Pflichten bis zum {legacyComplianceDeadlineShort} erfüllen.',
  scenario_non_eu_modifier_above_threshold:
    'Ein außerhalb der EU niedergelassener Feinabstimmender, der Anbieter eines veränderten Modells wird, muss zudem einen Bevollmächtigten in der EU benennen.',
  scenario_modifier_open_source_release:
    'Ein Feinabstimmender oberhalb der Ein-Drittel-Schwelle veröffentlicht sein verändertes Modell offen unter Apache-2.0 ohne Monetarisierung: ausgenommen von Art. 53 Abs. 1 Buchst. a und b, aber die Urheberrechtsstrategie, die Zusammenfassung der Trainingsinhalte und die Zusammenarbeit bleiben.',
  scenario_sr_exactly_1e25_cumulative_not_presumed:
    'Ein kumulierter Rechenaufwand von genau {systemicRiskPower} FLOP (7 × 10^24 Training + 3 × 10^24 nicht öffentliche synthetische Daten) übersteigt {systemicRiskPower} nicht: keine Vermutung, aber ein Warnhinweis, dass die Schätzung innerhalb von ±30 % des Schwellenwerts liegt.',
  scenario_sr_just_above_1e25_presumed:
    'Für ein mit 1,0000001 × {systemicRiskPower} FLOP trainiertes Modell wird ein systemisches Risiko vermutet; die Mitteilung ist 14 Tage nach Erreichen des Schwellenwerts fällig.',
  scenario_sr_below_but_within_30_percent:
    'Ein auf 9 × 10^24 FLOP geschätztes Modell liegt unter {systemicRiskPower} (keine Vermutung), aber die Schätzung liegt im Band von ±30 %, daher wird der Anbieter gewarnt, die Entwicklung weiter zu beobachten.',
  scenario_sr_non_public_synthetic_data_counts:
    '8 × 10^24 FLOP Parameteraktualisierungen zuzüglich 3 × 10^24 FLOP für die Erzeugung nicht öffentlicher synthetischer Daten: kumuliert 1,1 × {systemicRiskPower}, daher wird ein systemisches Risiko vermutet.',
  scenario_sr_inherited_weights_count:
    'Ein Modell, initialisiert mit vorhandenen Gewichten, deren Training 2 × 10^24 FLOP erforderte, dann mit 9 × 10^24 FLOP trainiert: kumuliert 1,1 × {systemicRiskPower}, daher wird ein systemisches Risiko vermutet.',
  scenario_sr_non_eu_full_obligations:
    'Das in der EU angebotene Modell eines Entwicklers außerhalb der EU mit 3 × {systemicRiskPower} FLOP unterliegt allen Pflichten: Art. 53 Abs. 1 Buchst. a bis d, Art. 53 Abs. 3, Art. 54, Art. 52 Abs. 1 und Art. 55 Abs. 1 Buchst. a bis d.',
  scenario_sr_threshold_date_unknown:
    'Ein Modell mit 2 × {systemicRiskPower} FLOP, in Verkehr gebracht am Samstag, 10. Jan. 2026, bei dem unbekannt ist, wann der Schwellenwert erreicht wurde: Er war spätestens zu diesem Zeitpunkt erreicht, daher war die Mitteilung spätestens zwei Wochen nach dem Inverkehrbringen fällig – Samstag, 24. Jan., verschoben auf Montag, 26. Jan. 2026 – und ist überfällig; das tatsächliche Datum bleibt eine offene Frage.',
  scenario_sr_designated_by_commission:
    'Ein Modell mit 5 × 10^24 FLOP, in Verkehr gebracht am 1. Okt. 2025 und von der Kommission ausgewiesen (unterrichtet am 10. April 2026): Die Pflichten nach Art. 55 für Modelle mit systemischem Risiko gelten ab diesem Tag, der zugleich die Frist für die Erfüllung ist; keine Mitteilung nach Art. 52 Abs. 1 geschuldet; eine Neubewertung kann nach sechs Monaten beantragt werden (Samstag, 10. Okt., daher Montag, 12. Okt. 2026).',
  scenario_sr_designation_reassessment_month_end:
    'Ein Anbieter, der am 31. August 2026 über eine Ausweisung unterrichtet wurde, kann sechs Monate später eine Neubewertung beantragen: Die Frist endet am 28. Februar 2027 (es gibt keinen 31. Februar), einem Sonntag, und verschiebt sich daher auf Montag, den 1. März 2027.',
  scenario_sr_designated_after_failing_to_notify:
    'Ein Modell mit 2 × {systemicRiskPower} FLOP, das den Schwellenwert am 1. März 2026 erreichte und dann ausgewiesen wurde (unterrichtet am 1. Sept. 2026): Die Mitteilung nach Art. 52 Abs. 1 war ab dem Erreichen des Schwellenwerts geschuldet, und Art. 55 gilt.',
  scenario_sr_contest_pending:
    'Der Anbieter erhebt mit seiner Mitteilung einen Einwand gegen die Vermutung und wartet auf die Entscheidung: Die Pflichten ruhen nicht, das systemische Risiko bleibt vermutet.',
  scenario_sr_contest_rejected:
    'Der Einwand wurde zurückgewiesen: Das Modell hat seit Erreichen des Schwellenwerts ein systemisches Risiko, und die Frist für die Mitteilung bleibt unverändert.',
  scenario_sr_contest_accepted:
    'Die Kommission hat dem Einwand stattgegeben (Anbieter unterrichtet am 1. Juni 2026): Zum Stand November 2026 sind die Pflichten für Modelle mit systemischem Risiko entfallen, und nur die Pflichten nach Art. 53 bleiben.',
  scenario_sr_contest_accepted_evaluated_before_decision:
    'Derselbe erfolgreiche Einwand, bewertet zum 1. Mai 2026, bevor der Anbieter unterrichtet wurde: An diesem Tag galten die Vermutung und ihre Pflichten noch.',
  scenario_sr_crossed_after_placement:
    'Ein am 1. Okt. 2025 in Verkehr gebrachtes Modell überschreitet durch fortgesetztes Training am 10. März 2026 {systemicRiskPower} FLOP: dasselbe Modell, Pflichten für Modelle mit systemischem Risiko ab diesem Tag, Mitteilung bis zum 24. März 2026.',
  scenario_sr_threshold_met_before_chapter_v_applied:
    'Ein Modell mit systemischem Risiko hat das Training abgeschlossen (Schwellenwert erreicht am 1. Juni 2025) und wurde am 1. Sept. 2025 in Verkehr gebracht: Die Mitteilungspflicht galt erst ab dem {chapterVAppliesShort}, daher war die Mitteilung binnen zwei Wochen nach diesem Tag fällig – Samstag, 16. Aug. 2025, verschoben auf Montag, 18. Aug. 2025; Art. 55 gilt ab dem Inverkehrbringen.',
  scenario_open_source_apache_eu:
    'Ein Entwickler in der EU veröffentlicht Gewichte, Architektur und Informationen zur Verwendung seines Modells unentgeltlich unter Apache-2.0: ausgenommen von Art. 53 Abs. 1 Buchst. a und b; Urheberrechtsstrategie, Zusammenfassung der Trainingsinhalte und Zusammenarbeit gelten weiter.',
  scenario_open_source_apache_non_eu:
    'Dieselbe offene Veröffentlichung durch einen außerhalb der EU niedergelassenen Entwickler: auch von der Benennung eines Bevollmächtigten in der EU ausgenommen.',
  scenario_open_source_non_commercial_clause:
    'Offene Gewichte unter einer nicht kommerziellen Lizenz: Die Lizenz erlaubt keine freie Nutzung, daher keine Ausnahme.',
  scenario_open_source_user_cap:
    'Offene Gewichte, deren Lizenz oberhalb einer Obergrenze monatlich aktiver Nutzer eine gesonderte Vereinbarung verlangt: ausgeschlossen, keine Ausnahme.',
  scenario_open_source_separate_commercial_licence:
    'Offene Gewichte, aber bestimmte Nutzungen erfordern den Erwerb einer gesonderten kommerziellen Lizenz: keine Ausnahme.',
  scenario_open_source_no_distribution:
    'Gewichte herunterladbar, aber die Weiterverbreitung ist verboten: keine Ausnahme.',
  scenario_paid_api_only_no_exemption:
    'Ein Modell, das nur über eine kostenpflichtige API angeboten wird, Gewichte nicht veröffentlicht: keine Open-Source-Ausnahme.',
  scenario_open_source_optional_paid_support:
    'Offene Gewichte unter Apache-2.0 mit daneben rein optionalem kostenpflichtigem Support: keine Monetarisierung, die Ausnahme greift weiter.',
  scenario_open_source_dual_licence:
    'Für die akademische Nutzung kostenlos, für die kommerzielle Nutzung kostenpflichtig (Doppellizenzierung): Monetarisierung, keine Ausnahme.',
  scenario_open_source_required_paid_support:
    'Offene Gewichte, die nur mit einer Laufzeitumgebung funktionieren, die der Anbieter verkauft: kostenpflichtiger Support, der untrennbar mit dem Modell verbunden ist, daher keine Ausnahme.',
  scenario_open_source_ads_funded_exclusive_hosting:
    'Ein Modell, das nur auf der eigenen Plattform des Anbieters zugänglich ist, kostenlos, aber durch Werbung finanziert: Monetarisierung, keine Ausnahme.',
  scenario_open_source_personal_data_condition:
    'Der Zugang zu den offenen Gewichten setzt die Herausgabe personenbezogener Daten für kommerzielle Zwecke voraus: keine Ausnahme.',
  scenario_open_source_microenterprise_deal:
    'Ein Kleinstunternehmen verlangt von einem anderen Kleinstunternehmen ein Entgelt für sein ansonsten offenes Modell: Zwischen Kleinstunternehmen gilt eine Monetarisierung als nicht gegeben, daher bleibt die Ausnahme bestehen – als unsicher gekennzeichnet.',
  scenario_open_source_safety_clauses_allowed:
    'Lizenz nach Art von Apache mit verhältnismäßigen, sicherheitsbezogenen Nutzungsbeschränkungen: zulässig, die Ausnahme greift (ob eine Klausel verhältnismäßig ist, ist eine Wertungsfrage, gekennzeichnet).',
  scenario_open_source_architecture_not_public:
    'Die Gewichte sind unter Apache-2.0 veröffentlicht, die Informationen zur Architektur aber nicht: Die Bedingung der öffentlichen Verfügbarkeit ist nicht erfüllt, keine Ausnahme.',
  scenario_open_source_licence_right_unknown:
    'Der Nutzer weiß nicht, ob die Lizenz Veränderungen erlaubt: Die Ausnahme wird nicht angewandt, und die Frage bleibt offen.',
  scenario_open_source_with_systemic_risk:
    'Ein offen veröffentlichtes, mit 2 × {systemicRiskPower} FLOP trainiertes Modell hat ein systemisches Risiko, daher gibt es überhaupt keine Ausnahme: Alle Pflichten gelten, einschließlich des Bevollmächtigten in der EU für einen Anbieter außerhalb der EU.',
  scenario_open_source_designated:
    'Ein offenes Modell, in Verkehr gebracht am 10. Jan. 2026 und von der Kommission als Modell mit systemischem Risiko ausgewiesen (unterrichtet am 5. Mai 2026), verliert ebenfalls die Ausnahme: Die Pflichten, von denen die Ausnahme befreit hatte, und Art. 55 sind ab der Ausweisung geschuldet.',
  scenario_legacy_placed_2025_08_01:
    'Ein Modell, das am {legacyLastPlacingDay} erstmals in Verkehr gebracht wurde – dem letzten Tag, bevor Kapitel V galt –, ist ein Altmodell: Erfüllung bis zum {legacyComplianceDeadline}.',
  scenario_new_model_placed_2025_08_02:
    'Ein Modell, das am {chapterVApplies} erstmals in Verkehr gebracht wurde, muss die Pflichten ab diesem Tag erfüllen.',
  scenario_legacy_model_updated_by_same_provider:
    'Ein im Dezember 2024 in Verkehr gebrachtes und 2026 vom selben Anbieter feinabgestimmtes Modell ist über seinen gesamten Lebenszyklus dasselbe Modell: weiterhin der {legacyComplianceDeadline}.',
  scenario_legacy_model_evaluated_before_chapter_v:
    'Bewertet zum 1. Juni 2025: Für ein im März 2025 in Verkehr gebrachtes Modell werden die Pflichten bereits aufgeführt, mit dem {legacyComplianceDeadline} als Frist für die Erfüllung.',
  scenario_legacy_systemic_risk_notification:
    'Ein Modell mit systemischem Risiko, in Verkehr gebracht im März 2025: Der {legacyComplianceDeadline} ist die rechtlich äußerste Grenze für Mitteilung und Erfüllung, als unsicher gekennzeichnet, weil eine frühere Mitteilung erwartet wird; die Erwartung der Leitlinien (16./18. August 2025) wird dafür nicht angezeigt.',
  scenario_planned_placement_in_future:
    'Ein Modell, dessen Inverkehrbringen für den 1. März 2027 geplant ist, bewertet zum 30. Nov. 2026: Die Pflichten werden schon jetzt aufgeführt und gelten ab dem geplanten Tag des Inverkehrbringens.',
  scenario_sr_model_in_training_notify_before_placement:
    'Ein Modell im Training überschreitet am 1. Okt. 2026 {systemicRiskPower} FLOP, seine Veröffentlichung ist für den 1. März 2027 geplant: Die Mitteilung ist binnen 14 Tagen fällig (15. Okt. 2026), vor dem Inverkehrbringen; die übrigen Pflichten gelten ab der geplanten Veröffentlichung, Art. 55 mit „vorbereiten ab“ 1. Okt. 2026.',
  scenario_placing_date_unknown:
    'Der Tag des ersten Inverkehrbringens ist unbekannt: Die Frist für die Erfüllung lässt sich nicht angeben und wird zur offenen Frage.',
  scenario_notification_across_year_end:
    'Schwellenwert erreicht am 25. Dezember 2026: Mitteilung fällig am 8. Januar 2027 (Kalendertage, über den Jahreswechsel).',
  scenario_notification_across_leap_day:
    'Schwellenwert erreicht am 20. Februar 2028: Die zwei Wochen enden am 5. März 2028 (2028 ist ein Schaltjahr), einem Sonntag, daher ist die Mitteilung am Montag, dem 6. März 2028, fällig.',
  scenario_code_of_practice_full_signatory:
    'Die Unterzeichnung des gesamten Praxisleitfadens ändert, wie die Einhaltung nachgewiesen wird, nicht welche Pflichten gelten: dieselben Pflichten wie ohne Unterzeichnung.',
  scenario_code_of_practice_partial_sr:
    'Ein Anbieter eines Modells mit systemischem Risiko, der nur einige Kapitel des Praxisleitfadens unterzeichnet hat, schuldet genau dieselben Pflichten wie einer, der keines unterzeichnet hat.',
  scenario_code_of_practice_non_signatory_sr:
    'Derselbe Anbieter eines Modells mit systemischem Risiko ohne Unterzeichnung: identische Pflichten.',
  scenario_r87_notification_saturday_rolls_to_monday:
    'Schwellenwert erreicht am Samstag, dem 13. Juni 2026: Die zwei Wochen enden am Samstag, dem 27. Juni, daher ist die Mitteilung am Montag, dem 29. Juni 2026, fällig, und der Bericht sagt, dass und warum sich die Frist verschoben hat.',
  scenario_r87_notification_sunday_rolls_to_monday:
    'Schwellenwert erreicht am Sonntag, dem 13. September 2026: Die zwei Wochen enden am Sonntag, dem 27. September, daher ist die Mitteilung am Montag, dem 28. September 2026, fällig.',
  scenario_r87_notification_wednesday_does_not_move:
    'Schwellenwert erreicht am Mittwoch, dem 17. Juni 2026: Die zwei Wochen enden am Mittwoch, dem 1. Juli 2026, einem Arbeitstag, daher verschiebt sich nichts.',
  scenario_r87_notification_friday_does_not_move:
    'Schwellenwert erreicht am Freitag, dem 12. Juni 2026, dem Tag vor dem Samstagsfall: Die zwei Wochen enden am Freitag, dem 26. Juni 2026, und verschieben sich nicht.',
  scenario_r87_not_overdue_between_nominal_end_and_last_day:
    'Schwellenwert erreicht am Samstag, dem 13. Juni 2026, bewertet am Sonntag, dem 28. Juni: Das rechnerische Ende (Samstag, 27. Juni) ist vorüber, aber der rechtlich letzte Tag ist Montag, der 29. Juni, daher ist die Mitteilung noch nicht überfällig.',
  scenario_r87_not_overdue_on_the_last_day:
    'Dieselbe Mitteilung, bewertet am Montag, dem 29. Juni 2026, ihrem rechtlich letzten Tag: noch nicht überfällig (die Frist endet mit Ablauf dieses Tages).',
  scenario_r87_overdue_the_day_after_the_last_day:
    'Dieselbe Mitteilung, bewertet am Dienstag, dem 30. Juni 2026, dem Tag nach ihrem letzten Tag: überfällig.',
  scenario_r87_fixed_dates_of_application_never_move:
    'Feste Geltungsbeginne sind keine Fristen: Die Durchsetzung durch die Kommission und Art. 50 Abs. 2 gelten ab Sonntag, dem {finesApply} (nicht ab Montag, dem 3. August), und ein am Samstag, dem 10. Januar 2026, in Verkehr gebrachtes Modell schuldet seine Pflichten ab diesem Samstag.',
  scenario_r87_six_months_month_end_on_a_weekday:
    'Ausweisung mitgeteilt am Dienstag, dem 31. März 2026: Sechs Monate später gibt es keinen 31. September, daher endet die Frist am Mittwoch, dem 30. September 2026, einem Arbeitstag, und verschiebt sich nicht.',
  scenario_r88_intended_planned_above_1e25_notify_now:
    'Ein Labor trainiert ein Modell, das es auf dem EU-Markt in Verkehr bringen will (noch ohne Datum): bisher 6 × 10^24 FLOP, geplant 3 × {systemicRiskPower}, bekannt seit Montag, 21. Sept. 2026. Es schuldet die Mitteilung nach Art. 52 Abs. 1 bis Montag, 5. Okt. 2026 – inzwischen überfällig – und alles Übrige erst ab dem Inverkehrbringen.',
  scenario_r88_undecided_read_as_intended:
    'Dasselbe Labor hat nicht entschieden, ob es das Modell auf dem EU-Markt in Verkehr bringt: „Unentschieden“ wird als beabsichtigt gelesen (die vorsichtige Lesart), gekennzeichnet, daher ist die Mitteilung weiterhin geschuldet.',
  scenario_r88_no_intention_nothing_owed:
    'Dasselbe Modell ohne jede Absicht, es je auf dem EU-Markt in Verkehr zu bringen: Es bleibt vollständig außerhalb der Begriffsbestimmung des KI-Modells mit allgemeinem Verwendungszweck (R2), daher ist nichts geschuldet, nicht einmal die Mitteilung.',
  scenario_r88_planned_exactly_1e25_nothing_yet:
    'Ein zum Inverkehrbringen bestimmtes Modell, dessen geplanter kumulierter Rechenaufwand genau {systemicRiskPower} FLOP beträgt: „übersteigt“ ist nicht erfüllt, daher ist vor dem Inverkehrbringen keine Mitteilung geschuldet, und die Pflichten nach Art. 53 beginnen erst mit dem Inverkehrbringen.',
  scenario_r88_planned_just_above_1e25_notify:
    'Dasselbe Modell, geplant mit 1,0000001 × {systemicRiskPower} FLOP, bekannt seit Montag, 5. Okt. 2026: knapp über dem Schwellenwert, daher ist die Mitteilung bis Montag, 19. Okt. 2026, geschuldet.',
  scenario_r2_intended_below_1e25_nothing_before_placing:
    'Ein zum Inverkehrbringen bestimmtes Modell, geplant mit 8 × 10^24 FLOP: unter {systemicRiskPower}, daher ist vor dem Inverkehrbringen nichts geschuldet; seine Pflichten nach Art. 53 beginnen mit dem Inverkehrbringen.',
  scenario_r88_notified_before_placing_done:
    'Das Labor aus {scenario} hat die Kommission am 30. Sept. 2026 unterrichtet: Die Mitteilung wird als erledigt angezeigt.',
  scenario_r88_date_known_unknown_open_question:
    'Ein zum Inverkehrbringen bestimmtes Modell, geplant mit 3 × {systemicRiskPower} FLOP, aber das Labor weiß nicht, seit wann das Erreichen des Schwellenwerts absehbar war: Die Mitteilung ist geschuldet, und das Datum ist eine offene Frage.',
  scenario_r35_placed_model_known_to_cross_notifies_before_crossing:
    'Ein am 10. Jan. 2026 in Verkehr gebrachtes Modell (bisher 8 × 10^24 FLOP) wird weitertrainiert; seit Montag, 14. Sept. 2026, ist bekannt, dass der Lauf 1,5 × {systemicRiskPower} FLOP erreichen wird. Die Mitteilung ist zwei Wochen nach Bekanntwerden geschuldet (28. Sept. 2026), bevor der Schwellenwert erreicht ist; Art. 55 erst ab der Überschreitung selbst.',
  scenario_r89_placed_on_a_tuesday_date_unknown:
    'Ein Modell mit 2 × {systemicRiskPower} FLOP, in Verkehr gebracht am Dienstag, dem 10. März 2026, Tag des Erreichens des Schwellenwerts unbekannt: Die Mitteilung war spätestens am Dienstag, dem 24. März 2026, fällig (keine Verschiebung), ist überfällig, und Art. 55 gilt ab dem Inverkehrbringen.',
  scenario_r89_notified_shows_done:
    'Ein Modell mit 2 × {systemicRiskPower} FLOP, in Verkehr gebracht am 10. Jan. 2026, Tag des Erreichens des Schwellenwerts unbekannt, Mitteilung am 20. Jan. 2026: Die Grenze bleibt Montag, 26. Jan. 2026, und die Mitteilung wird als erledigt angezeigt.',
  scenario_r89_bound_still_ahead:
    'Ein Modell mit 2 × {systemicRiskPower} FLOP, in Verkehr gebracht am Montag, 23. Nov. 2026, Tag des Erreichens des Schwellenwerts unbekannt, bewertet am 30. Nov.: Die Mitteilung ist spätestens am Montag, 7. Dez. 2026, fällig – bevorstehend, nicht überfällig.',
  scenario_r89_placing_and_threshold_dates_unknown:
    'Ein in Verkehr gebrachtes Modell mit 2 × {systemicRiskPower} FLOP, bei dem sowohl der Tag des Inverkehrbringens als auch der Tag des Erreichens des Schwellenwerts unbekannt sind: Die Mitteilung ist unverzüglich fällig und wird als überfällig angezeigt (nie als „Datum unbekannt“); beide Daten sind offene Fragen.',
  scenario_e28_threshold_before_placing_prepare_from:
    'Schwellenwert erreicht am 5. Jan. 2026, Modell in Verkehr gebracht am 2. Feb. 2026: Mitteilung bis zum 19. Jan. 2026; Art. 55 gilt ab dem Inverkehrbringen, mit „vorbereiten ab“ 5. Jan. 2026 (die frühere Lesart der Leitlinien, gekennzeichnet).',
  scenario_e28_threshold_on_placing_day_no_prepare_from:
    'Schwellenwert am Tag des Inverkehrbringens selbst erreicht (10. März 2026): Art. 55 gilt ab diesem Tag, ohne früheres „vorbereiten ab“; Mitteilung bis zum 24. März 2026.',
  scenario_e28_not_yet_placed_notified_prepare_from:
    'Ein trainiertes Modell mit 1,2 × {systemicRiskPower} FLOP, dessen Veröffentlichung für den 1. März 2027 geplant ist, hat den Schwellenwert am 14. Sept. 2026 erreicht, Mitteilung am 21. Sept.: Die Mitteilung ist erledigt; Art. 55 gilt ab der Veröffentlichung, „vorbereiten ab“ 14. Sept. 2026.',
  scenario_e14_open_model_crosses_1e25_after_placement:
    'Ein am 10. Jan. 2026 in Verkehr gebrachtes Modell unter Apache-2.0 überschreitet durch fortgesetztes Training am 16. Juni 2026 {systemicRiskPower} FLOP: Die Ausnahme endet an diesem Tag, daher sind Art. 53 Abs. 1 Buchst. a und b und Art. 55 ab dem 16. Juni geschuldet, die Mitteilung bis zum 30. Juni 2026.',
  scenario_r70_placed_on_2_aug_2025_threshold_met_earlier:
    'Ein Modell mit 3 × {systemicRiskPower} FLOP, das den Schwellenwert am 15. Juli 2025 erreichte und am {chapterVApplies} in Verkehr gebracht wurde (kein Altmodell): Die Mitteilung war zwei Wochen nach dem {chapterVAppliesShort} fällig – Samstag, 16. Aug., daher Montag, 18. Aug. 2025.',
  scenario_r70_threshold_met_after_2_aug_2025_own_two_weeks:
    'Ein Modell, das den Schwellenwert am Mittwoch, 6. Aug. 2025, erreichte und am 1. Sept. 2025 in Verkehr gebracht wurde: Es gelten seine eigenen zwei Wochen (Mittwoch, 20. Aug. 2025), nicht die Erwartung der Leitlinien zum 18. August.',
  scenario_e7_legacy_placed_1_aug_2025_no_august_expectation:
    'Dasselbe Modell wie in {scenario}, aber einen Tag früher in Verkehr gebracht, am {legacyLastPlacingDay}: ein Altmodell – der {legacyComplianceDeadline} ist die rechtlich äußerste Grenze (gekennzeichnet), und die Erwartung des 16./18. August 2025 wird nicht angezeigt.',
  scenario_e29_legacy_model_crosses_1e25_in_2026:
    'Ein am 3. März 2025 in Verkehr gebrachtes Modell überschreitet durch fortgesetztes Training desselben Anbieters am 14. April 2026 {systemicRiskPower} FLOP: weiterhin der Lebenszyklus des Altmodells, daher ist der {legacyComplianceDeadline} die rechtlich äußerste Grenze (gekennzeichnet, E29), wobei eine Mitteilung bis zum 28. April 2026 als empfohlen angezeigt wird.',
  scenario_e29_legacy_model_crosses_just_after_chapter_v:
    'Ein am 20. Juli 2025 in Verkehr gebrachtes Modell überschreitet am Mittwoch, dem 6. August 2025, wenige Tage nachdem Kapitel V zu gelten begann, {systemicRiskPower} FLOP: E29, nicht E7 – äußerste Grenze {legacyComplianceDeadline}, empfohlen 20. August 2025.',
  scenario_e27_one_billion_parameters_below_criterion_is_gpai:
    'Ein mit 5 × 10^22 FLOP trainiertes Textmodell mit genau 1 Milliarde Parametern, großen und breit gefächerten Trainingsdaten und Selbstüberwachung in großem Maßstab: Die Tatsachen deuten auf eine erhebliche Allgemeinheit hin, daher ist es ausnahmsweise ein KI-Modell mit allgemeinem Verwendungszweck (gekennzeichnet).',
  scenario_e27_just_under_one_billion_parameters_criterion_decides:
    'Dasselbe Modell mit 999 999 999 Parametern: kein Anhaltspunkt für Allgemeinheit auf diesem Weg, keine anderen Tatsachen, daher entscheidet das Rechenkriterium – kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_r8_no_self_supervision_no_broad_indication:
    'Ein Textmodell mit 7 Milliarden Parametern, großen und breit gefächerten Daten, aber ohne Selbstüberwachung in großem Maßstab trainiert, mit 5 × 10^22 FLOP: Die Tatsachen nach R8 liegen nicht alle vor, daher entscheidet das Kriterium – kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_e27_three_distinct_tasks_below_criterion_is_gpai:
    'Ein Textmodell mit 5 × 10^22 FLOP, das drei unterschiedliche Aufgaben erfüllt (Übersetzung, Zusammenfassung, Beantwortung von Fragen): ausnahmsweise ein KI-Modell mit allgemeinem Verwendungszweck (gekennzeichnet).',
  scenario_e27_two_distinct_tasks_criterion_decides:
    'Dasselbe Modell, das nur zwei unterschiedliche Aufgaben erfüllt: kein Anhaltspunkt für Allgemeinheit, daher entscheidet das Kriterium – kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_e27_single_task_wins_over_broad_facts:
    'Ein Sprachtranskriptionsmodell mit 2 Milliarden Parametern, unter Selbstüberwachung mit großen, breit gefächerten Audiodaten trainiert, mit 10^24 FLOP: Es wurde für eine einzige Aufgabe gebaut, und der Anhaltspunkt für eine enge Ausrichtung überwiegt – kein KI-Modell mit allgemeinem Verwendungszweck (gekennzeichnet).',
  scenario_e27_all_facts_unknown_above_criterion:
    'Jede Frage zur Allgemeinheit mit „Weiß ich nicht“ beantwortet, Textmodell mit 2 × {gpaiPower} FLOP: Das Kriterium entscheidet – ein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_e27_all_facts_unknown_below_criterion:
    'Dieselben Unbekannten bei 5 × 10^22 FLOP: Das Kriterium entscheidet – kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_r10_audio_without_speech_fails_modality:
    'Ein Modell, das nur Audio ohne Sprache ausgibt (Klänge, Musik), 2 × 10^24 FLOP, keine anderen Tatsachen: Audio gilt nur als Sprache, wenn es gesprochene Sprache enthält, daher ist das Kriterium nicht erfüllt – kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_r10_speech_output_counts_as_language:
    'Ein Modell, das gesprochene Sprache ausgibt, 2 × 10^24 FLOP, keine anderen Tatsachen: Audio mit gesprochener Sprache ist Sprache, daher ist das Kriterium erfüllt – ein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_r10_text_to_speech_single_task:
    'Ein Text-zu-Sprache-Modell (Sprachausgabe, 10^24 FLOP), gebaut für diese eine Aufgabe: das Beispiel der Kommission für ein eng umgrenztes Modell – kein KI-Modell mit allgemeinem Verwendungszweck (gekennzeichnet).',
  scenario_r10_image_to_image_only_fails_modality:
    'Ein Modell, das nur Bilder bearbeitet (Bild-zu-Bild: Hochskalieren, Inpainting), 2 × 10^24 FLOP, keine anderen Tatsachen: Bildausgabe zählt nur, wenn sie aus Text erzeugt wird, daher ist das Kriterium nicht erfüllt.',
  scenario_r10_upscaling_single_task:
    'Ein Modell zum Hochskalieren von Bildern mit 10^24 FLOP, gebaut für diese eine Aufgabe: kein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_r10_text_to_image_with_editing_meets_modality:
    'Ein Modell, das Bilder aus Text erzeugt und auch Bilder bearbeitet, 2 × 10^24 FLOP, keine anderen Tatsachen: Text-zu-Bild erfüllt die Modalitätshälfte, daher ist das Kriterium erfüllt – ein KI-Modell mit allgemeinem Verwendungszweck.',
  scenario_e8_non_eu_internal_use_outside_eu_not_placed:
    'Ein außerhalb der EU niedergelassener Anbieter nutzt sein Modell mit 2 × {systemicRiskPower} FLOP nur intern, außerhalb der EU, und stellt es nirgends in der Union bereit: nicht auf dem Unionsmarkt in Verkehr gebracht, daher keine Pflichten nach der Verordnung.',
  scenario_e8_internal_use_in_and_outside_eu_systemic_risk:
    'Derselbe Anbieter außerhalb der EU nutzt das Modell intern sowohl in der EU als auch außerhalb: Es besteht ein Bezug zur Union, daher gilt die Lesart nach E8 – als Anbieter behandelt (gekennzeichnet), Mitteilung bis zum 16. Feb. 2026.',
  scenario_e8_internal_use_location_unknown_read_as_eu:
    'Derselbe Anbieter weiß nicht, wo die interne Nutzung stattfindet: als in der EU gelesen (vorsichtig), als Anbieter behandelt (gekennzeichnet), und der Ort ist eine offene Frage.',
  scenario_r17_decisions_about_people_outside_eu_not_placed:
    'Ein Unternehmen außerhalb der EU nutzt sein eigenes breit einsetzbares Modell intern, außerhalb der EU, um über seine örtlichen Kunden zu entscheiden: Die Nutzung betrifft niemanden in der Union, daher wird das Modell nicht auf dem Unionsmarkt in Verkehr gebracht.',
  scenario_e30_hobbyist_with_a_price_is_provider:
    'Eine selbsterklärte Privatperson lädt ein breit einsetzbares Modell mit 2 × {gpaiPower} FLOP auf einen Hub hoch und verlangt dafür einen Preis: Der Preis ist eine Tatsache einer Geschäftstätigkeit, daher tritt die Selbstbeschreibung zurück – Anbieter (und der Bericht sagt, warum).',
  scenario_e30_hobbyist_runs_an_api_business:
    'Eine selbsterklärte Privatperson bietet ein breit einsetzbares Modell über eine als Geschäft betriebene API an: Anbieter, die Selbstbeschreibung tritt zurück.',
  scenario_r22_hobbyist_regular_supply:
    'Eine selbsterklärte Privatperson liefert ein breit einsetzbares Modell regelmäßig an andere, nicht nur einmalig: Regelmäßige Lieferung ist eine Tatsache einer Geschäftstätigkeit – Anbieter.',
  scenario_e30_hobbyist_public_release_above_1e25:
    'Eine selbsterklärte Privatperson veröffentlicht ein mit 2 × {systemicRiskPower} FLOP trainiertes Modell öffentlich, unentgeltlich und unter Apache-2.0: Eine öffentliche Veröffentlichung oberhalb von {systemicRiskPower} wird als Bereitstellung gewertet – Anbieter eines Modells mit systemischem Risiko, keine Ausnahme.',
  scenario_e30_research_lab_with_other_monetisation:
    'Ein Forschungslabor bietet sein breit einsetzbares Modell auf einem Hub mit an den Zugang gebundenen kostenpflichtigen Stufen an: Monetarisierung ist eine Tatsache einer Geschäftstätigkeit – Anbieter, die Selbstbeschreibung als „Forschung“ tritt zurück.',
  scenario_e11_hobbyist_no_commercial_facts:
    'Eine Privatperson lädt als Hobby ein breit einsetzbares Modell mit 2 × {gpaiPower} FLOP auf einen Hub hoch und gibt an, dass es keinen Preis, keine Monetarisierung, kein Geschäft und keine regelmäßige Lieferung gibt: am besten vertretbar kein Inverkehrbringen (gekennzeichnet).',
  scenario_r90_modification_compute_unknown_conservative:
    'Ein Feinabstimmender eines Modells mit 3 × 10^24 FLOP kennt den Rechenaufwand seiner eigenen Feinabstimmung nicht: nie zu seinen Gunsten aufgelöst – als Anbieter des veränderten Modells gelesen (Pflichten auf die Veränderung beschränkt), gekennzeichnet, mit dem Rechenaufwand als offener Frage.',
  scenario_r90_modification_compute_unknown_sr_original:
    'Ein Feinabstimmender eines Modells mit systemischem Risiko und 3 × {systemicRiskPower} FLOP, eigener Rechenaufwand unbekannt, in Verkehr gebracht am Donnerstag, 15. Jan. 2026: vorsichtige Lesart – Anbieter eines veränderten Modells mit systemischem Risiko (gekennzeichnet); ohne Datum des Erreichens des Schwellenwerts war die Mitteilung spätestens am Donnerstag, 29. Jan. 2026, fällig.',
  scenario_r91_modifier_acting_for_the_original_provider:
    'Ein Unternehmen nimmt an einem Modell mit 3 × 10^24 FLOP im Auftrag des ursprünglichen Anbieters eine Feinabstimmung mit 2 × 10^24 FLOP vor: kein nachgelagerter Modifizierer – die Veränderung ist Teil des Lebenszyklus des ursprünglichen Modells, daher ist es kein Anbieter.',
  scenario_r91_developer_for_a_client_under_the_client_name:
    'Eine Firma trainiert ein breit einsetzbares Modell für einen Kunden, der es unter seinem eigenen Namen in Verkehr bringt: Der Kunde ist der Anbieter, die Firma nicht.',
  scenario_r91_on_behalf_unknown_conservative:
    'Ein Feinabstimmender oberhalb eines Drittels weiß nicht, ob er im Auftrag des ursprünglichen Anbieters handelt: als Handeln auf eigene Rechnung gelesen (vorsichtig) – Anbieter des veränderten Modells, die Frage bleibt offen.',
  scenario_r91_name_on_model_unknown_conservative:
    'Ein Entwickler weiß nicht, unter wessen Namen das Modell bereitgestellt wird: als sein eigener Name gelesen (vorsichtig) – Anbieter, die Frage bleibt offen.',
  scenario_r92_ten_thousand_business_users_designation_risk:
    'Ein Modell mit 5 × 10^24 FLOP, das mindestens 10 000 registrierten gewerblichen Nutzern in der EU bereitgestellt wird: Nach Anhang XIII werden hohe Auswirkungen vermutet, daher warnt der Bericht vor dem Risiko einer Ausweisung – ohne Ausweisung entsteht aber keine Pflicht für Modelle mit systemischem Risiko.',
  scenario_r92_fewer_business_users_no_change:
    'Dasselbe Modell mit weniger als 10 000 registrierten gewerblichen Nutzern in der EU: Es bleiben dieselben Pflichten nach Art. 53.',
  scenario_r38_designated_after_placement:
    'Ein Modell mit 5 × 10^24 FLOP und mindestens 10 000 gewerblichen Nutzern in der EU, in Verkehr gebracht am 10. Jan. 2026, ausgewiesen (unterrichtet am 16. Juni 2026): Art. 55 gilt ab dem 16. Juni, die Frist für die Erfüllung ist dieser spätere Tag, keine Mitteilung nach Art. 52 Abs. 1, Neubewertung ab dem 16. Dez. 2026.',
  scenario_r93_integrator_signposts:
    'Ein Integrator, der auf der API des Modells eines Dritten aufbaut, schuldet keine Modellpflichten; der Bericht nennt die Pflichten für KI-Systeme, die er nicht prüft: Art. 50 Abs. 1, Art. 50 Abs. 2 ab Sonntag, {finesApplyShort}, die Hochrisikoprüfung, die Informationen nach Anhang XII, die er verlangen kann, das Beschwerderecht.',
  scenario_r93_own_system_systemic_risk_provider:
    'Ein Anbieter betreibt sein eigenes Modell mit 1,2 × {systemicRiskPower} FLOP in seinem eigenen Chatbot: Alle Modellpflichten gelten, und die Pflichten für KI-Systeme werden als Hinweise genannt, nicht geprüft.',
  scenario_r93_modifier_below_threshold_signposts:
    'Eine Feinabstimmung mit {gpaiPower} FLOP an einem Modell mit 3 × 10^24 FLOP bleibt unter einem Drittel: keine Modellpflichten, und der Bericht nennt die Pflichten für KI-Systeme statt „nichts gilt“.',
  scenario_e24_unmodified_open_weights_of_an_sr_model:
    'Ein Unternehmen betreibt die unveränderten offenen Gewichte eines Modells mit systemischem Risiko in seinem eigenen Produkt: weiterhin kein Modellanbieter (der Hochladende ist es); die Hinweise zu KI-Systemen werden angezeigt.',
  scenario_r94_provider_enforcement_section:
    'Ein außerhalb der EU niedergelassener Anbieter eines Modells mit 1,2 × {systemicRiskPower} FLOP: Der Bericht nennt die Durchsetzungsbefugnisse der Kommission einmal – Auskunftsersuchen (Art. 91), Bewertungen (Art. 92), Maßnahmen (Art. 93) und Geldbußen nach Art. 101 Abs. 1 Buchst. a bis d bis zu {fineShare} oder {fineMillions} Mio. EUR – ab dem {finesApplyShort}.',
  scenario_r56_r63_annex_xi_section_2_is_documentation:
    'Bei einem Modell mit systemischem Risiko gehört Anhang XI Abschnitt 2 (Bewertungen, Angriffstests) zur Dokumentation nach Art. 53 Abs. 1 Buchst. a, nicht zur Bewertungspflicht nach Art. 55 Abs. 1 Buchst. a; Abschnitt 1 umfasst, worauf das Modell optimiert ist, und die Zahl der Datenpunkte.',
  scenario_r56_section_1_items_non_sr:
    'Bei einem Modell ohne systemisches Risiko führt die Dokumentation nach Art. 53 Abs. 1 Buchst. a weiterhin die ergänzten Angaben nach Abschnitt 1 auf: worauf das Modell optimiert ist und die verwendeten Datenpunkte.',
  scenario_r62_signatory_still_owes_notification:
    'Ein Unterzeichner des gesamten Praxisleitfadens, dessen Modell am 17. Juni 2026 {systemicRiskPower} überschritt und der keine Mitteilung gemacht hat: Für die Mitteilung gibt es kein Kapitel des Leitfadens, und die Unterzeichnung belegt nicht, dass sie erfolgt ist – überfällig.',
  scenario_r61_authorised_representative_appointed_done:
    'Ein Anbieter außerhalb der EU, der seinen Bevollmächtigten in der EU schriftlich beauftragt hat: Art. 54 wird als erledigt angezeigt, mit Verweis auf Leitlinien Abschn. 3.1.',
  scenario_r61_authorised_representative_missing_overdue:
    'Ein Anbieter außerhalb der EU, dessen Modell am 10. Jan. 2026 in Verkehr gebracht wurde und der keinen Bevollmächtigten benannt hat: Art. 54 verlangte dies vor dem Inverkehrbringen, daher ist es überfällig.',
  scenario_r61_representative_before_planned_placing_upcoming:
    'Ein Anbieter außerhalb der EU, der das Inverkehrbringen für den 1. März 2027 plant, hat noch keinen Bevollmächtigten benannt: fällig vor dem Inverkehrbringen, daher bevorstehend, nicht überfällig.',
  scenario_steps_taken_mixed_answers:
    'Ein Anbieter, dessen Modell am 10. Jan. 2026 in Verkehr gebracht wurde, hat seine Dokumentation und die Zusammenfassung der Trainingsinhalte erstellt, keine Informationen für nachgelagerte Anbieter bereitgestellt und weiß nicht, wie es um seine Urheberrechtsstrategie steht: erledigt, erledigt, überfällig und in Kraft (Status nach den Daten).',
  scenario_steps_taken_legacy_not_overdue_before_2027:
    'Ein Altmodell, in Verkehr gebracht am 3. März 2025, noch ohne technische Dokumentation, bewertet am 30. Nov. 2026: Die Pflicht muss bis zum {legacyComplianceDeadlineShort} erfüllt sein, daher ist sie nicht überfällig.',
  scenario_r13_later_version_keeps_first_placing_date:
    'Eine spätere Version eines am 3. März 2025 erstmals in Verkehr gebrachten Modells, vom selben Anbieter: derselbe Lebenszyklus, daher weiterhin ein Altmodell mit Erfüllung bis zum {legacyComplianceDeadlineShort}.',
  scenario_r13_new_pre_training_run_is_a_new_model:
    'Ein neuer großer Vortrainingslauf desselben Anbieters, in Verkehr gebracht am 4. Mai 2026: ein neues Modell, mit Pflichten ab seinem eigenen Inverkehrbringen.',
  scenario_r14_consortium_coordinator_is_provider:
    'Der Koordinator eines Konsortiums, das ein breit einsetzbares Modell entwickelt und in Verkehr bringt: der Anbieter.',
  scenario_r14_consortium_role_unknown:
    'Ein Konsortialpartner, der nicht weiß, ob er koordiniert: als Koordinator gelesen (vorsichtig) – Anbieter, die Frage bleibt offen.',
  scenario_r18_supplied_to_a_downstream_integrator_in_eu:
    'Ein Entwickler liefert sein breit einsetzbares Modell erstmals an ein anderes Unternehmen in der EU, das es in sein KI-System einbaut: Das ist ein Inverkehrbringen, und der Entwickler ist Anbieter des Modells.',
};
