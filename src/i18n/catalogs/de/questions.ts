import type { Messages } from '../../message-id';
import type { questions as en } from '../en/questions';

export const questions: Messages<typeof en> = {
  screen_role_title: 'Sie und das Modell',
  screen_role_intro:
    'Sagen Sie uns, in welcher Beziehung Sie zu dem Modell stehen. Daraus ermitteln wir, ob Sie sein Anbieter sein könnten.',
  role_label: 'Welche dieser Beschreibungen trifft am besten auf Sie zu?',
  role_shortLabel: 'Ihre Rolle',
  role_hint:
    'Wählen Sie die Beschreibung, die Ihrer Situation bei diesem Modell am nächsten kommt. Tatsachen, die Sie später angeben, können diese Beschreibung überlagern.',
  role_requiredMessage: 'Wählen Sie die Beschreibung, die am besten auf Sie zutrifft.',
  role_help:
    'Anbieter ist, wer ein Modell entwickelt oder entwickeln lässt und es unter eigenem Namen in Verkehr bringt. In einem Konsortium ist das in der Regel der Koordinator. Wer ein Modell nur verändert, wird erst oberhalb einer Rechenschwelle zum Anbieter; wer ein Modell nur nutzt, um darauf aufzubauen, ist Anbieter eines KI-Systems, nicht des Modells; ein Host ist nicht Anbieter der Modelle, die andere hochladen. Ob eine Einzelperson oder ein Forschungslabor ein Modell bereitstellt, entscheiden Tatsachen wie ein Preis, nicht die gewählte Beschreibung.',
  consortiumRole_label: 'Welche Rolle hat Ihre Organisation im Konsortium?',
  consortiumRole_shortLabel: 'Rolle im Konsortium',
  consortiumRole_requiredMessage: 'Wählen Sie Ihre Rolle im Konsortium oder „Weiß ich nicht“.',
  consortiumRole_help:
    'Entwickelt ein Konsortium ein Modell, ist Anbieter in der Regel sein Koordinator oder das Konsortium selbst; die Kommission entscheidet im Einzelfall. Wenn Sie es nicht wissen, werden Sie als Koordinator behandelt.',
  modelName_label: 'Name des Modells (optional)',
  modelName_shortLabel: 'Name des Modells',
  modelName_hint: 'Dient nur zur Bezeichnung Ihres Berichts. Er bleibt in diesem Browser.',
  modelName_requiredMessage: 'Geben Sie den Namen des Modells ein oder lassen Sie das Feld leer.',
  modelName_help:
    'Der Name wird für die Bewertung nicht verwendet. Er wird nicht in geteilte Links aufgenommen, es sei denn, Sie entscheiden sich dafür.',
  euEstablished_label: 'Ist Ihre Organisation in der EU niedergelassen?',
  euEstablished_shortLabel: 'In der EU niedergelassen',
  euEstablished_hint:
    'Zum Beispiel mit einem eingetragenen Sitz in einem EU-Mitgliedstaat. Die Verordnung gilt unabhängig davon, ob das der Fall ist.',
  euEstablished_requiredMessage:
    'Wählen Sie, ob Ihre Organisation in der EU niedergelassen ist, oder „Weiß ich nicht“.',
  euEstablished_help:
    'Anbieter mit Sitz außerhalb der EU müssen vor dem Inverkehrbringen eines Modells auf dem EU-Markt schriftlich einen Bevollmächtigten in der EU benennen – es sei denn, die Open-Source-Ausnahme greift.',
  screen_capabilities_title: 'Was das Modell kann',
  screen_capabilities_intro:
    'Was das Modell erzeugt und ob es für eine bestimmte Aufgabe gebaut wurde, entscheidet darüber, ob es ein KI-Modell mit allgemeinem Verwendungszweck sein kann.',
  outputModalities_label: 'Was kann das Modell erzeugen?',
  outputModalities_shortLabel: 'Ausgaben',
  selectAllThatApply: 'Wählen Sie alles Zutreffende aus.',
  outputModalities_requiredMessage: 'Wählen Sie mindestens eine Art von Ausgabe oder „Weiß ich nicht“.',
  outputModalities_help:
    'Die Kommission behandelt ein Modell als Modell mit allgemeinem Verwendungszweck, wenn es mit mehr als {gpaiThresholdSup} trainiert wurde und Sprache (Text oder Audio mit gesprochener Sprache), Bilder aus Text oder Videos aus Text erzeugen kann. Musik oder Soundeffekte ohne Sprache sowie die Bearbeitung vorgegebener Bilder (Hochskalieren, Inpainting) zählen für sich genommen nicht.',
  generalityFactsSingleTask_label: 'Wurde das Modell für eine bestimmte Aufgabe konzipiert und trainiert?',
  generalityFactsSingleTask_shortLabel: 'Für eine bestimmte Aufgabe gebaut',
  generalityFactsSingleTask_hint:
    'Die Antworten nennen die Beispiele der Kommission für Modelle, die auch bei hohem Rechenaufwand keine Modelle mit allgemeinem Verwendungszweck sind, weil sie eine eng umgrenzte Aufgabe erfüllen.',
  generalityFactsSingleTask_requiredMessage:
    'Wählen Sie, ob das Modell für eine bestimmte Aufgabe gebaut wurde, oder „Weiß ich nicht“.',
  generalityFactsSingleTask_help:
    'Das Rechenkriterium ist nur ein Anhaltspunkt. Ein für eine eng umgrenzte Aufgabe gebautes Modell ist ausnahmsweise auch oberhalb davon kein KI-Modell mit allgemeinem Verwendungszweck. Wenn Sie es nicht wissen, entscheidet das Rechenkriterium.',
  screen_integration_title: 'Ihr KI-System',
  screen_integration_intro:
    'Sie bauen auf dem Modell eines anderen auf. Diese Antworten zeigen, ob Sie nach den Regeln für Lieferketten außerhalb der EU zu seinem Anbieter werden könnten.',
  integrationSystemInEu_label:
    'Wird das auf dem Modell aufbauende KI-System in der EU angeboten oder verwendet?',
  integrationSystemInEu_shortLabel: 'System in der EU angeboten oder verwendet',
  integrationSystemInEu_hint: 'Einschließlich der Inbetriebnahme für den Eigengebrauch in der EU.',
  integrationSystemInEu_requiredMessage:
    'Wählen Sie, ob das KI-System in der EU angeboten oder verwendet wird, oder „Weiß ich nicht“.',
  integrationSystemInEu_help:
    'Gelangt ein Modell innerhalb eines KI-Systems in die EU, gilt das Modell als in der EU in Verkehr gebracht, wenn das System es wird.',
  integrationUpstreamExcludedEu_label:
    'Hat der Anbieter des Modells den Vertrieb und die Verwendung in der EU eindeutig ausgeschlossen?',
  integrationUpstreamExcludedEu_shortLabel: 'Vorgelagerter Anbieter hat die EU ausgeschlossen',
  integrationUpstreamExcludedEu_hint:
    'Zum Beispiel besagen seine Lizenz oder Bedingungen, dass das Modell nicht in der EU verwendet oder in Systeme für die EU integriert werden darf.',
  integrationUpstreamExcludedEu_requiredMessage:
    'Wählen Sie, ob der Anbieter des Modells die EU ausgeschlossen hat, oder „Weiß ich nicht“.',
  integrationUpstreamExcludedEu_help:
    'Hat der vorgelagerte Anbieter die EU klar und eindeutig ausgeschlossen und bringen Sie das Modell dennoch innerhalb Ihres Systems in die EU, werden Sie Anbieter des Modells mit allen seinen Pflichten.',
  integrationSystemPlacingDate_label:
    'Wann wurde das System erstmals in der EU angeboten oder verwendet – oder wann wird es so weit sein?',
  integrationSystemPlacingDate_shortLabel: 'System erstmals in der EU angeboten',
  integrationSystemPlacingDate_hint: 'Zum Beispiel 15. September 2025.',
  unknownOrNotDecided: 'Weiß ich nicht oder noch nicht entschieden',
  dateRequired: 'Geben Sie das Datum ein oder wählen Sie „Weiß ich nicht“.',
  integrationSystemPlacingDate_help:
    'Werden Sie Anbieter des Modells, gelten seine Pflichten ab dem Tag, an dem das System auf dem EU-Markt in Verkehr gebracht wird.',
  screen_modification_title: 'Ihre Veränderung',
  screen_modification_intro:
    'Wer ein Modell verändert, wird nur dann Anbieter des veränderten Modells, wenn er auf eigene Rechnung handelt und die Veränderung mehr als ein Drittel des Rechenaufwands für das Training des ursprünglichen Modells erfordert hat.',
  modificationOnBehalfOfOriginal_label:
    'Nehmen Sie die Veränderung im Auftrag des ursprünglichen Anbieters des Modells vor?',
  modificationOnBehalfOfOriginal_shortLabel: 'Veränderung für den ursprünglichen Anbieter',
  modificationOnBehalfOfOriginal_hint:
    'Zum Beispiel hat der ursprüngliche Anbieter die Feinabstimmung bei Ihnen in Auftrag gegeben und bietet das Ergebnis als eigenes Modell an.',
  modificationOnBehalfOfOriginal_requiredMessage:
    'Wählen Sie, ob Sie die Veränderung für den ursprünglichen Anbieter vornehmen, oder „Weiß ich nicht“.',
  modificationOnBehalfOfOriginal_help:
    'Ein nachgelagerter Veränderer ist jemand anderes als der ursprüngliche Anbieter und handelt nicht in dessen Auftrag. Eine Veränderung durch den oder für den ursprünglichen Anbieter gehört zum Lebenszyklus dieses Modells, und der ursprüngliche Anbieter bleibt sein Anbieter. Wenn Sie es nicht wissen, wird angenommen, dass Sie auf eigene Rechnung handeln.',
  modificationOriginalComputeFlop_label:
    'Wie viel Rechenaufwand wurde für das Training des ursprünglichen Modells verwendet?',
  modificationOriginalComputeFlop_shortLabel: 'Trainingsrechenaufwand des ursprünglichen Modells',
  modificationOriginalComputeFlop_hint:
    'In FLOP, zum Beispiel 3.8e25. Der ursprüngliche Anbieter veröffentlicht ihn möglicherweise in seiner Dokumentation.',
  modificationOriginalComputeFlop_unknownLabel: 'Weiß ich nicht und kann ihn nicht schätzen',
  modificationOriginalComputeFlop_requiredMessage:
    'Geben Sie den Trainingsrechenaufwand des ursprünglichen Modells ein oder wählen Sie „Weiß ich nicht“.',
  modificationOriginalComputeFlop_help:
    'Der Ein-Drittel-Test vergleicht Ihre Veränderung mit dem Rechenaufwand, mit dem das ursprüngliche Modell trainiert wurde. Können Sie ihn weder kennen noch schätzen, verwendet die Kommission einen Ersatzwert: ein Drittel von {systemicRiskThresholdSup}, wenn das ursprüngliche Modell ein systemisches Risiko aufweist, sonst ein Drittel von {gpaiThresholdSup}.',
  modificationOriginalSystemicRisk_label:
    'Ist das ursprüngliche Modell ein KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko?',
  modificationOriginalSystemicRisk_shortLabel: 'Ursprüngliches Modell mit systemischem Risiko',
  modificationOriginalSystemicRisk_hint:
    'Zum Beispiel steht es auf der Liste der Kommission der Modelle mit systemischem Risiko, oder sein Anbieter gibt an, dies der Kommission mitgeteilt zu haben.',
  modificationOriginalSystemicRisk_requiredMessage:
    'Wählen Sie, ob das ursprüngliche Modell ein systemisches Risiko aufweist, oder „Weiß ich nicht“.',
  modificationOriginalSystemicRisk_help:
    'Davon hängt der Ersatzschwellenwert ab, wenn der ursprüngliche Rechenaufwand unbekannt ist; und bei einem Veränderer, der Anbieter einer Veränderung eines Modells mit systemischem Risiko wird, wird ebenfalls ein systemisches Risiko vermutet. Wenn Sie es nicht wissen, wird der niedrigere Ersatzwert verwendet.',
  modificationModificationFlop_label: 'Wie viel Rechenaufwand hat Ihre Veränderung erfordert?',
  modificationModificationFlop_shortLabel: 'Rechenaufwand der Veränderung',
  modificationModificationFlop_hint:
    'In FLOP, zum Beispiel 2e22. Zählen Sie die gesamte Feinabstimmung und das gesamte Weitertraining, das Sie durchgeführt haben. Sie können ihn immer schätzen: Nutzen Sie den Schätzer unter „Ich habe einen Wert oder eine Schätzung“.',
  unknownYet: 'Weiß ich noch nicht',
  modificationModificationFlop_requiredMessage:
    'Geben Sie den Rechenaufwand Ihrer Veränderung ein oder wählen Sie „Weiß ich nicht“.',
  modificationModificationFlop_help:
    'Sie werden nur dann Anbieter des veränderten Modells, wenn die Veränderung mehr als ein Drittel des Trainingsrechenaufwands des ursprünglichen Modells erfordert hat; genau ein Drittel ist nicht mehr. Anders als der Rechenaufwand des ursprünglichen Modells lässt sich Ihr eigener immer schätzen, daher wird ein unbekannter Wert nie zu Ihren Gunsten ausgelegt: Bis Sie ihn schätzen, werden Sie als Anbieter des veränderten Modells behandelt.',
  screen_modifiedModel_title: 'Das veränderte Modell',
  screen_modifiedModel_intro:
    'Sie könnten Anbieter des veränderten Modells sein. Diese Antworten zeigen, ob Sie es sind und ab wann seine Pflichten gelten.',
  modificationSyntheticDataFlop_label:
    'Wie viel Rechenaufwand wurde für die Erzeugung nicht öffentlicher synthetischer Daten für Ihre Veränderung verwendet?',
  modificationSyntheticDataFlop_shortLabel: 'Synthetische Daten für die Veränderung',
  syntheticDataHint:
    'Zählen Sie jede erzeugte Stichprobe, auch verworfene. Lassen Sie Daten außer Betracht, die für öffentliche Datensätze erzeugt wurden.',
  flopNoneRequired: 'Wählen Sie „Keine“, geben Sie den Rechenaufwand ein oder wählen Sie „Weiß ich nicht“.',
  modificationSyntheticDataFlop_help:
    'Der kumulierte Rechenaufwand des veränderten Modells umfasst den Trainingsrechenaufwand des ursprünglichen Modells, Ihre Veränderung und nicht öffentliche synthetische Daten, die Sie dafür erzeugt haben. Oberhalb von {systemicRiskThresholdSup} wird ein systemisches Risiko vermutet.',
  modificationViaOriginalProviderPlatform_label:
    'Haben Sie über die Plattform des ursprünglichen Anbieters feinabgestimmt, wobei das Ergebnis dort unter dessen Namen bleibt?',
  modificationViaOriginalProviderPlatform_shortLabel:
    'Auf der Plattform des ursprünglichen Anbieters feinabgestimmt',
  modificationViaOriginalProviderPlatform_hint:
    'Zum Beispiel eine Fine-Tuning-API, bei der Sie die Gewichte nie erhalten.',
  modificationViaOriginalProviderPlatform_requiredMessage:
    'Wählen Sie, ob Sie auf der Plattform des ursprünglichen Anbieters feinabgestimmt haben, oder „Weiß ich nicht“.',
  modificationViaOriginalProviderPlatform_help:
    'Wer als Veränderer gilt, wird im Einzelfall entschieden; die Kontrolle über die Gewichte ist maßgeblich. Bleibt das Ergebnis auf der Plattform des ursprünglichen Anbieters unter dessen Namen, ist eher der ursprüngliche Anbieter der Veränderer.',
  modificationModificationPlacingDate_label:
    'Wann wurde das veränderte Modell erstmals bereitgestellt – oder wann wird es so weit sein?',
  modificationModificationPlacingDate_shortLabel: 'Verändertes Modell erstmals bereitgestellt',
  modificationModificationPlacingDate_hint: 'Zum Beispiel 3. November 2025.',
  modificationModificationPlacingDate_help:
    'Ein verändertes Modell ist ein neues Modell: Seine Pflichten gelten ab dem Tag seines Inverkehrbringens, auch wenn das ursprüngliche Modell vor dem {chapterVApplies} in Verkehr gebracht wurde.',
  screen_placing_title: 'Bereitstellung des Modells',
  screen_placing_intro:
    'Wie, wo und unter wessen Namen das Modell zu anderen gelangt, entscheidet darüber, ob Sie es auf dem EU-Markt in Verkehr bringen.',
  placingChannels_label: 'Wie wird das Modell bereitgestellt – oder wie wird es bereitgestellt werden?',
  placingChannels_shortLabel: 'Art der Bereitstellung',
  placingChannels_hint:
    'Wählen Sie alles Zutreffende aus. Wenn Sie eine Veröffentlichung planen, können Sie die geplanten Wege auswählen.',
  placingChannels_requiredMessage:
    'Wählen Sie mindestens einen Weg, auf dem das Modell bereitgestellt wird oder werden soll.',
  placingChannels_help:
    'Wird ein Modell erstmals in der EU über einen dieser Wege bereitgestellt, wird es in Verkehr gebracht, entgeltlich oder unentgeltlich – einschließlich der Lieferung an ein Unternehmen, das es in sein eigenes KI-System integriert. Interne Verwendung zählt, wenn ein Produkt oder eine Dienstleistung für andere davon abhängt oder sie für Entscheidungen über Menschen verwendet wird. Andere interne Verwendung ist kein Inverkehrbringen, außer bei einem Modell mit systemischem Risiko; reine Forschungsentwicklung fällt nicht unter die Regeln, solange kein Inverkehrbringen beabsichtigt ist.',
  placingInternalUseLocation_label: 'Wo findet die interne Verwendung statt?',
  placingInternalUseLocation_shortLabel: 'Ort der internen Verwendung',
  placingInternalUseLocation_hint:
    'Zählen Sie eine Verwendung, die sich auf Menschen in der EU auswirkt, als Verwendung in der EU.',
  placingInternalUseLocation_requiredMessage:
    'Wählen Sie, wo die interne Verwendung stattfindet, oder „Weiß ich nicht“.',
  placingInternalUseLocation_help:
    'Interne Verwendung zählt nur mit einem Bezug zur Union: Ein Anbieter außerhalb der EU, der sein Modell nur intern außerhalb der EU verwendet und es in der EU nicht bereitstellt, hat es nicht auf dem EU-Markt in Verkehr gebracht – auch nicht bei systemischem Risiko. Wenn Sie es nicht wissen, wird angenommen, dass die Verwendung in der EU stattfindet.',
  placingIntention_label: 'Wollen Sie das Modell auf dem EU-Markt bereitstellen?',
  placingIntention_shortLabel: 'Inverkehrbringen auf dem EU-Markt beabsichtigt',
  placingIntention_requiredMessage:
    'Wählen Sie, ob Sie das Modell in der EU bereitstellen wollen, oder „Noch nicht entschieden“.',
  placingIntention_help:
    'Ein Modell, das nur für Forschung, Entwicklung oder Prototypenerstellung verwendet wird, ohne Absicht, es in Verkehr zu bringen, fällt nicht unter die Regeln. Ein Modell, das in Verkehr gebracht werden soll und dessen Trainingsrechenaufwand {systemicRiskThresholdSup} überschreitet – oder bekanntermaßen überschreiten wird –, muss der Kommission schon vor dem Inverkehrbringen mitgeteilt werden. „Noch nicht entschieden“ wird als beabsichtigtes Inverkehrbringen gelesen, damit keine Mitteilung versäumt wird.',
  placingEuAvailability_label: 'Ist es in der EU verfügbar (oder wird es das sein)?',
  placingEuAvailability_shortLabel: 'In der EU verfügbar',
  placingEuAvailability_requiredMessage:
    'Wählen Sie, ob das Modell in der EU verfügbar ist, oder „Weiß ich nicht“.',
  placingEuAvailability_help:
    'Ein Modell, das in der EU nie bereitgestellt wird, wird nicht auf dem EU-Markt in Verkehr gebracht. Ein Modell, das nur innerhalb der Systeme anderer in die EU gelangt, wird in Verkehr gebracht, wenn diese Systeme es werden, es sei denn, Sie haben die EU eindeutig ausgeschlossen.',
  placingEuExcluded_label:
    'Haben Sie den Vertrieb und die Verwendung in der EU klar und eindeutig ausgeschlossen?',
  placingEuExcluded_shortLabel: 'EU eindeutig ausgeschlossen',
  placingEuExcluded_hint:
    'Zum Beispiel verbieten Ihre Lizenz oder Bedingungen die Verwendung in der EU und die Integration in Systeme, die für die EU bestimmt sind.',
  placingEuExcluded_requiredMessage:
    'Wählen Sie, ob Sie die EU eindeutig ausgeschlossen haben, oder „Weiß ich nicht“.',
  placingEuExcluded_help:
    'Haben Sie die EU klar und eindeutig ausgeschlossen, wird ein nachgelagertes Unternehmen, das das Modell dennoch in die EU bringt, an Ihrer Stelle sein Anbieter.',
  placingNameOnModel_label:
    'Unter wessen Namen oder Handelsmarke wird das Modell bereitgestellt – oder wird es bereitgestellt werden?',
  placingNameOnModel_shortLabel: 'Name auf dem Modell',
  placingNameOnModel_requiredMessage: 'Wählen Sie, wessen Namen das Modell trägt, oder „Weiß ich nicht“.',
  placingNameOnModel_help:
    'Anbieter ist, wer das Modell unter seinem eigenen Namen oder seiner eigenen Handelsmarke in Verkehr bringt. Erstellen Sie es für einen Kunden, der es als sein eigenes bereitstellt, ist der Kunde Anbieter; eine Veränderung, die unter dem Namen des ursprünglichen Anbieters angeboten wird, bleibt bei diesem Anbieter. Wenn Sie es nicht wissen, wird Ihr eigener Name angenommen.',
  screen_placingDetails_title: 'Angaben zur Veröffentlichung',
  screen_placingDetails_intro:
    'Ob es sich um ein neues Modell oder eine spätere Version handelt und wann es erstmals bereitgestellt wurde, bestimmt den Tag, ab dem die Pflichten laufen.',
  placingCommercial_label: 'Trifft eines der folgenden Merkmale auf das Modell zu?',
  placingCommercial_shortLabel: 'Geschäftstätigkeit',
  placingCommercial_requiredMessage: 'Wählen Sie die zutreffenden Tatsachen oder „Nichts davon“.',
  placingCommercial_help:
    'Die Bereitstellung eines Modells setzt eine Geschäftstätigkeit voraus, entgeltlich oder unentgeltlich. Ein Preis oder eine andere Monetarisierung, eine geschäftsmäßig betriebene API oder App oder eine regelmäßige Lieferung sind Tatsachen einer Geschäftstätigkeit: Sie entscheiden, gleich welche Beschreibung Sie gewählt haben – ebenso die Veröffentlichung eines Modells oberhalb von {systemicRiskThresholdSup}.',
  placingLifecycle_label:
    'Handelt es sich um ein neues Modell oder um eine spätere Version eines Modells, das Sie bereits bereitgestellt haben?',
  placingLifecycle_shortLabel: 'Neues Modell oder spätere Version',
  placingLifecycle_requiredMessage:
    'Wählen Sie, ob es sich um ein neues Modell oder eine spätere Version handelt, oder „Weiß ich nicht“.',
  placingLifecycle_help:
    'Der Lebenszyklus eines Modells beginnt mit seinem großen Vortraining. Spätere Feinabstimmungen oder andere Aktualisierungen durch denselben Anbieter sind dasselbe Modell, das mit seiner ersten Version in Verkehr gebracht wurde; ein neues großes Vortraining ist ein neues Modell.',
  placingPlacingDate_label:
    'Wann wurde das Modell erstmals in der EU bereitgestellt – oder wann wird es so weit sein?',
  placingPlacingDate_shortLabel: 'Erstmals bereitgestellt',
  placingPlacingDate_hint:
    'Zum Beispiel 15. März 2024. Modelle, die am oder vor dem {legacyLastPlacingDay} erstmals bereitgestellt wurden, haben bis zum {legacyComplianceDeadline} Zeit.',
  placingPlacingDate_variant1_label:
    'Wann wurde die erste Version des Modells erstmals in der EU bereitgestellt?',
  placingPlacingDate_variant1_shortLabel: 'Erste Version erstmals bereitgestellt',
  placingPlacingDate_variant1_hint:
    'Eine spätere Version desselben Anbieters ist dasselbe Modell: Maßgeblich ist das Datum der ersten Version. Zum Beispiel 15. März 2024.',
  placingPlacingDate_variant2_label: 'Wann wollen Sie das Modell in der EU bereitstellen?',
  placingPlacingDate_variant2_shortLabel: 'Geplante erstmalige Bereitstellung',
  placingPlacingDate_variant2_hint:
    'Zum Beispiel 1. März 2027. Die Pflichten außer der Mitteilung gelten ab diesem Zeitpunkt.',
  placingPlacingDate_help:
    'Für Modelle, die am oder nach dem {chapterVApplies} in Verkehr gebracht werden, gelten die Pflichten ab dem Inverkehrbringen. Früher in Verkehr gebrachte Modelle müssen die Pflichten bis zum {legacyComplianceDeadline} erfüllen; eine spätere Version eines solchen Modells behält dieses Datum.',
  screen_compute_title: 'Trainingsrechenaufwand',
  screen_compute_intro:
    'Wie viel Rechenaufwand in das Training des Modells geflossen ist. Sie können einen Wert eingeben oder ihn anhand der Hardware oder der Architektur schätzen.',
  computeParameterUpdateFlop_label: 'Wie viel Rechenaufwand wurde für das Training des Modells verwendet?',
  computeParameterUpdateFlop_shortLabel: 'Trainingsrechenaufwand',
  computeParameterUpdateFlop_hint:
    'In Gleitkommaoperationen (FLOP), die die Parameter des Modells aktualisiert haben: Vortraining, Feinabstimmung und bestärkendes Lernen. Zum Beispiel 3.8e25 oder 3,8 × {systemicRiskPower}.',
  computeParameterUpdateFlop_unknownLabel: 'Weiß ich nicht und kann ihn noch nicht schätzen',
  computeParameterUpdateFlop_requiredMessage:
    'Geben Sie den Trainingsrechenaufwand ein oder wählen Sie „Weiß ich nicht“.',
  computeParameterUpdateFlop_variant1_label:
    'Wie viel Rechenaufwand wurde bisher für das Training des Modells verwendet?',
  computeParameterUpdateFlop_variant1_shortLabel: 'Bisheriger Trainingsrechenaufwand',
  computeParameterUpdateFlop_help:
    'Ein Modell, das mit mehr als {gpaiThresholdSup} trainiert wurde und Sprache, Bilder aus Text oder Videos aus Text erzeugt, ist indikativ ein Modell mit allgemeinem Verwendungszweck. Jede Schätzmethode ist zulässig, wenn sie auf {estimateTolerance} genau ist; alle Operationen zählen gleich, unabhängig von ihrer Genauigkeit.',
  computeMethod_label: 'Woher stammt dieser Wert?',
  computeMethod_shortLabel: 'Ermittlung des Werts',
  computeMethod_requiredMessage: 'Wählen Sie, wie Sie den Wert ermittelt haben.',
  computeMethod_help:
    'Sie müssen die Methode und ihre Annahmen dokumentieren. Schätzungen nahe einer Schwelle verdienen einen zweiten Blick: Liegt eine Schätzung innerhalb von {estimateTolerance} von {systemicRiskThresholdSup}, sollten Sie sie weiter beobachten.',
  screen_cumulativeCompute_title: 'Für das systemische Risiko maßgeblicher Rechenaufwand',
  screen_cumulativeCompute_intro:
    'Für die Vermutung bei {systemicRiskThresholdSup} zählt der gesamte Rechenaufwand hinter dem Modell – einschließlich synthetischer Daten, der Gewichte, von denen es ausging, und noch geplanten Trainings.',
  computeSyntheticDataFlop_label:
    'Wie viel Rechenaufwand wurde für die Erzeugung nicht öffentlicher synthetischer Trainingsdaten verwendet?',
  computeSyntheticDataFlop_shortLabel: 'Rechenaufwand für nicht öffentliche synthetische Daten',
  computeSyntheticDataFlop_help:
    'Für die Schwelle des systemischen Risikos von {systemicRiskThresholdSup} zählt der kumulierte Rechenaufwand, einschließlich der Erzeugung nicht öffentlicher synthetischer Daten. Evaluierungen, Red-Teaming, gescheiterte Experimente, Lehrermodelle und Belohnungsmodelle zählen nicht.',
  computeInheritedWeightsFlop_label:
    'Wie viel Rechenaufwand wurde für das Training von Gewichten verwendet, von denen Sie ausgegangen sind oder die Sie eingefügt haben?',
  computeInheritedWeightsFlop_shortLabel: 'Rechenaufwand übernommener oder zusammengeführter Gewichte',
  computeInheritedWeightsFlop_hint:
    'Zum Beispiel der Vortrainingsaufwand eines Checkpoints, mit dem Sie initialisiert haben.',
  computeInheritedWeightsFlop_none: 'Keiner – wir haben von Grund auf trainiert',
  computeInheritedWeightsFlop_help:
    'Der kumulierte Rechenaufwand umfasst den Rechenaufwand für das Training von Gewichten, die zur Initialisierung verwendet oder in das Modell eingefügt wurden.',
  computePlannedCumulativeFlop_label:
    'Ist weiteres Training des Modells geplant – und wenn ja, welchen kumulierten Rechenaufwand wird es insgesamt erreichen?',
  computePlannedCumulativeFlop_shortLabel: 'Geplanter kumulierter Rechenaufwand',
  computePlannedCumulativeFlop_hint:
    'Die Gesamtmenge, die es verwendet haben wird: der obige Rechenaufwand zuzüglich des geplanten Trainings, auf dieselbe Weise gezählt. Ein Rechenbudget genügt. Zum Beispiel 3e25.',
  computePlannedCumulativeFlop_none: 'Kein weiteres Training geplant',
  computePlannedCumulativeFlop_requiredMessage:
    'Wählen Sie „Kein weiteres Training geplant“, geben Sie die geplante Gesamtmenge ein oder wählen Sie „Weiß ich nicht“.',
  computePlannedCumulativeFlop_variant1_label:
    'Wie viel kumulierten Rechenaufwand wird das Modell insgesamt verwendet haben, wenn sein geplantes Training endet?',
  computePlannedCumulativeFlop_help:
    'Die Mitteilung an die Kommission ist innerhalb von zwei Wochen fällig, nachdem bekannt wird, dass die Schwelle überschritten wird – vor dem Ende des Trainings und, bei einem noch nicht bereitgestellten Modell, vor dem Inverkehrbringen. Anbieter sollten den Rechenaufwand vor dem großen Vortraining schätzen.',
  screen_generality_title: 'Wie breit das Modell ist',
  screen_generality_intro:
    'Ihr Modell liegt unter dem Rechenkriterium oder erzeugt weder Sprache noch Bilder aus Text noch Videos aus Text. Tatsachen zu seiner Breite zeigen, ob es dennoch ausnahmsweise ein Modell mit allgemeinem Verwendungszweck ist.',
  generalityFactsTasks_label: 'Welche dieser unterschiedlichen Aufgaben kann das Modell kompetent erfüllen?',
  generalityFactsTasks_shortLabel: 'Erfüllte unterschiedliche Aufgaben',
  generalityFactsTasks_hint: 'Wählen Sie alle aus, die es gut erfüllt oder auf die es evaluiert wurde.',
  generalityFactsTasks_requiredMessage:
    'Wählen Sie die Aufgaben, die das Modell erfüllt, „Nichts davon“ oder „Weiß ich nicht“.',
  generalityFactsTasks_help:
    'Ein KI-Modell mit allgemeinem Verwendungszweck kann ein breites Spektrum unterschiedlicher Aufgaben kompetent erfüllen. Dieses Werkzeug wertet drei oder mehr unterschiedliche Aufgaben als breites Spektrum; unterhalb des Rechenkriteriums macht das ein Modell nur ausnahmsweise zu einem Modell mit allgemeinem Verwendungszweck, und der Bericht weist darauf hin.',
  generalityFactsParameterCount_label: 'Wie viele Parameter hat das Modell?',
  generalityFactsParameterCount_shortLabel: 'Parameter',
  generalityFactsParameterCount_hint: 'Alle trainierbaren Parameter. Ein ungefährer Wert genügt.',
  generalityFactsParameterCount_countUnit: 'Parameter',
  generalityFactsParameterCount_requiredMessage:
    'Geben Sie die Anzahl der Parameter ein oder wählen Sie „Weiß ich nicht“.',
  generalityFactsParameterCount_help:
    'Die Kommission geht davon aus, dass Modelle mit mindestens einer Milliarde Parametern, die mit einer großen Datenmenge unter umfassender Selbstüberwachung trainiert wurden, eine erhebliche allgemeine Verwendbarkeit aufweisen.',
  generalityFactsLargeBroadData_label:
    'Wurde das Modell mit einer großen Datenmenge aus einem breiten Spektrum von Quellen trainiert?',
  generalityFactsLargeBroadData_shortLabel: 'Große und breite Trainingsdaten',
  generalityFactsLargeBroadData_hint:
    'Zum Beispiel Billionen von Tokens aus Webtexten, Büchern und Code – kein für eine Aufgabe gesammelter Datensatz.',
  generalityFactsLargeBroadData_requiredMessage:
    'Wählen Sie, ob die Trainingsdaten groß und breit waren, oder „Weiß ich nicht“.',
  generalityFactsLargeBroadData_help:
    'Das Training mit einer großen Datenmenge ist eine der Tatsachen, die zusammen mit einer Milliarde Parametern und umfassender Selbstüberwachung auf eine erhebliche allgemeine Verwendbarkeit hindeuten.',
  generalityFactsSelfSupervised_label: 'Wurde es unter umfassender Selbstüberwachung trainiert?',
  generalityFactsSelfSupervised_shortLabel: 'Umfassendes selbstüberwachtes Training',
  generalityFactsSelfSupervised_hint:
    'Zum Beispiel Vortraining zur Vorhersage des nächsten Tokens oder maskierter Inhalte, ohne menschliche Annotationen.',
  generalityFactsSelfSupervised_requiredMessage:
    'Wählen Sie, ob es unter umfassender Selbstüberwachung trainiert wurde, oder „Weiß ich nicht“.',
  generalityFactsSelfSupervised_help:
    'Umfassendes selbstüberwachtes Training ist die dritte Tatsache, die die Kommission für eine erhebliche allgemeine Verwendbarkeit nennt.',
  screen_systemicRisk_title: 'Systemisches Risiko',
  screen_systemicRisk_intro:
    'Ein Modell mit systemischem Risiko hat zusätzliche Pflichten. Das Risiko kann aufgrund des Rechenaufwands vermutet oder von der Kommission festgestellt werden.',
  systemicRiskThresholdMetDate_label:
    'Wann hat der kumulierte Trainingsrechenaufwand {systemicRiskThresholdSup} überschritten – oder wann wussten Sie, dass er es würde?',
  systemicRiskThresholdMetDate_shortLabel:
    'Datum, an dem {systemicRiskThresholdSup} erreicht oder bekannt wurde',
  systemicRiskThresholdMetDate_hint: 'Das frühere der beiden Daten. Zum Beispiel 30. Juni 2025.',
  systemicRiskThresholdMetDate_variant1_label:
    'Wann wurde bekannt, dass weiteres Training den kumulierten Rechenaufwand über {systemicRiskThresholdSup} bringen würde?',
  systemicRiskThresholdMetDate_becameKnownShortLabel:
    'Datum, an dem bekannt wurde, dass {systemicRiskThresholdSup} überschritten würde',
  systemicRiskThresholdMetDate_variant1_hint:
    'Zum Beispiel der Tag, an dem das weitere Training oder sein Rechenbudget genehmigt wurde, 30. Juni 2026.',
  systemicRiskThresholdMetDate_variant2_label:
    'Wann wurde bekannt, dass der kumulierte Trainingsrechenaufwand des Modells {systemicRiskThresholdSup} überschreiten würde?',
  systemicRiskThresholdMetDate_variant2_hint:
    'Zum Beispiel der Tag, an dem das Training oder das Rechenbudget oberhalb der Schwelle genehmigt wurde, 30. Juni 2026.',
  systemicRiskThresholdMetDate_help:
    'Sie müssen dies der Kommission unverzüglich, spätestens aber zwei Wochen nachdem die Schwelle erreicht ist oder bekannt wird, dass sie erreicht werden wird, mitteilen – möglicherweise vor dem Ende des Trainings und vor dem Inverkehrbringen. Fällt der letzte Tag auf ein Wochenende oder einen Feiertag, verschiebt er sich auf den nächsten Arbeitstag. Bei einem bereits in Verkehr gebrachten Modell wird ein unbekanntes Datum als spätestens der Tag seines ersten Inverkehrbringens angenommen.',
  systemicRiskNotifiedDate_label: 'Haben Sie es der Kommission nach Art. 52 Abs. 1 mitgeteilt?',
  systemicRiskNotifiedDate_shortLabel: 'Der Kommission mitgeteilt',
  systemicRiskNotifiedDate_hint:
    'Die Mitteilung, dass das Modell die Schwelle erreicht, mit der Schätzung des Rechenaufwands und ihrer Methode. Zum Beispiel mitgeteilt am 14. August 2025.',
  systemicRiskNotifiedDate_absentLabel: 'Noch nicht',
  systemicRiskNotifiedDate_requiredMessage:
    'Geben Sie das Datum ein oder wählen Sie „Noch nicht“ oder „Weiß ich nicht“.',
  systemicRiskNotifiedDate_help:
    'Die Mitteilung ist innerhalb von zwei Wochen fällig, nachdem die Schwelle erreicht oder bekannt wurde, und muss den Rechenaufwand (zwei signifikante Stellen) und die Schätzmethode angeben; Argumente, dass das Modell ausnahmsweise kein systemisches Risiko aufweist, werden mit ihr vorgebracht. Mit einem Datum zeigt der Bericht sie als erledigt an – und sagt, ob sie verspätet war.',
  systemicRiskContest_label:
    'Haben Sie gegenüber der Kommission dargelegt, dass das Modell ausnahmsweise kein systemisches Risiko aufweist?',
  systemicRiskContest_shortLabel: 'Anfechtung der Vermutung',
  systemicRiskContest_requiredMessage:
    'Wählen Sie, ob Sie die Vermutung angefochten haben und mit welchem Stand, oder „Weiß ich nicht“.',
  systemicRiskContest_help:
    'Eine anhängige Anfechtung setzt die Pflichten nicht aus. Wird sie zurückgewiesen, gilt das systemische Risiko ab dem Erreichen der Schwelle; wird sie angenommen, enden die zusätzlichen Pflichten, wenn Sie davon in Kenntnis gesetzt werden. Wenn Sie es nicht wissen, wird angenommen, dass die Vermutung fortbesteht.',
  systemicRiskDesignated_label:
    'Hat die Kommission das Modell als Modell mit systemischem Risiko ausgewiesen?',
  systemicRiskDesignated_shortLabel: 'Von der Kommission ausgewiesen',
  systemicRiskDesignated_hint:
    'Die Kommission unterrichtet den Anbieter über die Entscheidung zur Ausweisung.',
  systemicRiskDesignated_requiredMessage:
    'Wählen Sie, ob die Kommission das Modell ausgewiesen hat, oder „Weiß ich nicht“.',
  systemicRiskDesignated_help:
    'Die Kommission kann ein Modell anhand der Kriterien des Anhangs XIII ausweisen (zum Beispiel Reichweite: 10 000 registrierte gewerbliche Nutzer in der EU), unabhängig von seinem Rechenaufwand. Die Pflichten gelten ab dem Zeitpunkt, zu dem Sie unterrichtet werden.',
  systemicRiskDesignationInformedDate_label: 'Wann wurden Sie über die Ausweisung unterrichtet?',
  systemicRiskDesignationInformedDate_shortLabel: 'Über die Ausweisung unterrichtet',
  systemicRiskDesignationInformedDate_hint: 'Zum Beispiel 10. Februar 2026.',
  systemicRiskDesignationInformedDate_help:
    'Die Pflichten aus einer Ausweisung laufen ab dem Zeitpunkt, zu dem Sie unterrichtet werden; eine Neubewertung können Sie frühestens sechs Monate nach der Entscheidung zur Ausweisung beantragen.',
  systemicRiskEuBusinessUsers_label:
    'Wie vielen registrierten gewerblichen Nutzern in der EU wird das Modell bereitgestellt?',
  systemicRiskEuBusinessUsers_shortLabel: 'Registrierte gewerbliche Nutzer in der EU',
  systemicRiskEuBusinessUsers_hint:
    'Unternehmen mit einem Konto, über Ihre API, Plattform oder Lizenzen – keine einzelnen Endnutzer.',
  systemicRiskEuBusinessUsers_requiredMessage:
    'Wählen Sie, wie viele registrierte gewerbliche Nutzer es gibt, oder „Weiß ich nicht“.',
  systemicRiskEuBusinessUsers_help:
    'Bei mindestens 10 000 registrierten gewerblichen Nutzern in der EU wird eine hohe Auswirkung auf den Binnenmarkt vermutet: Die Kommission kann das Modell dann als Modell mit systemischem Risiko ausweisen. Bis zu einer Ausweisung ändert das nichts, aber der Bericht weist Sie darauf hin.',
  screen_contest_title: 'Ihre Anfechtung der Vermutung',
  screen_contest_intro:
    'Sie haben dargelegt, dass das Modell ausnahmsweise kein systemisches Risiko aufweist. Es kommt darauf an, wann und mit welchem Ergebnis.',
  systemicRiskContestWithNotification_label:
    'Haben Sie Ihre Argumente zusammen mit der Mitteilung vorgebracht?',
  systemicRiskContestWithNotification_shortLabel: 'Argumente mit der Mitteilung vorgebracht',
  systemicRiskContestWithNotification_requiredMessage:
    'Wählen Sie, ob die Argumente mit der Mitteilung vorgebracht wurden, oder „Weiß ich nicht“.',
  systemicRiskContestWithNotification_help:
    'Die Verordnung erlaubt es einem Anbieter, mit seiner Mitteilung Argumente dafür vorzubringen, dass das Modell ausnahmsweise kein systemisches Risiko aufweist. Die Beweislast trägt der Anbieter, und auf Risikominderungen gestützte Argumente werden nicht anerkannt.',
  systemicRiskContestDecisionDate_label:
    'Wann wurden Sie darüber unterrichtet, dass die Kommission Ihre Argumente angenommen hat?',
  systemicRiskContestDecisionDate_shortLabel: 'Über die Annahme der Anfechtung unterrichtet',
  systemicRiskContestDecisionDate_hint: 'Zum Beispiel 20. Januar 2026.',
  systemicRiskContestDecisionDate_help:
    'Die Pflichten für Modelle mit systemischem Risiko enden, wenn Sie über die Annahme unterrichtet werden.',
  screen_licence_title: 'Lizenz',
  screen_licence_intro:
    'Modelle, die offen und kostenlos mit öffentlichen Gewichten veröffentlicht werden, können von einigen Pflichten ausgenommen sein – nie von der Urheberrechtsstrategie und der Zusammenfassung der Trainingsinhalte und nie bei systemischem Risiko. Zuerst die vier Rechte, die die Lizenz gewähren muss.',
  licenceAccess_label: 'Kann jeder das Modell erhalten, ohne zu zahlen?',
  licenceAccess_shortLabel: 'Freier Zugang für alle',
  licenceAccess_hint:
    'Angemessene, nicht diskriminierende Sicherheitsmaßnahmen wie eine Nutzerverifizierung sind zulässig.',
  licenceAccess_requiredMessage:
    'Wählen Sie, ob jeder das Modell ohne Zahlung erhalten kann, oder „Weiß ich nicht“.',
  licenceAccess_help: 'Die Lizenz muss es jedem ermöglichen, ohne Zahlung auf das Modell zuzugreifen.',
  licenceUse_label: 'Kann jeder es ohne Zahlung für jeden Zweck verwenden?',
  licenceUse_shortLabel: 'Freie Verwendung',
  licenceUse_hint:
    'Bedingungen, die sich auf Namensnennung oder Weitergabe unter gleichen Bedingungen beschränken, sind in Ordnung.',
  licenceUse_requiredMessage:
    'Wählen Sie, ob jeder das Modell ohne Zahlung verwenden kann, oder „Weiß ich nicht“.',
  licenceUse_help:
    'Die Lizenz muss die Verwendung ohne Beschränkungen oder Entgelte über Namensnennung und Weitergabe unter kompatiblen Bedingungen hinaus erlauben.',
  licenceModify_label: 'Kann jeder es verändern?',
  licenceModify_shortLabel: 'Freie Veränderung',
  licenceModify_requiredMessage: 'Wählen Sie, ob jeder das Modell verändern kann, oder „Weiß ich nicht“.',
  licenceModify_help: 'Die Lizenz muss die Veränderung erlauben.',
  licenceDistribute_label: 'Kann jeder es weiterverbreiten, verändert oder unverändert?',
  licenceDistribute_shortLabel: 'Freie Weiterverbreitung',
  licenceDistribute_requiredMessage:
    'Wählen Sie, ob jeder das Modell weiterverbreiten kann, oder „Weiß ich nicht“.',
  licenceDistribute_help:
    'Die Lizenz muss die Weiterverbreitung unter begrenzten Bedingungen wie der Namensnennung erlauben.',
  screen_licenceTerms_title: 'Lizenzbedingungen',
  screen_licenceTerms_intro:
    'Manche Lizenzbedingungen schließen die Open-Source-Ausnahme aus, gleich wie die Lizenz heißt.',
  licenceName_label: 'Name der Lizenz (optional)',
  licenceName_shortLabel: 'Lizenz',
  licenceName_hint:
    'Zum Beispiel Apache-2.0. Der Name allein entscheidet nichts: Die folgenden Antworten entscheiden.',
  licenceName_requiredMessage: 'Geben Sie den Namen der Lizenz ein oder lassen Sie das Feld leer.',
  licenceName_help:
    'Es zählen nur die Lizenzbedingungen, nicht ihre Bezeichnung. Die Ausnahme gilt nicht für ein Modell mit systemischem Risiko.',
  licenceRestrictions_label: 'Enthält die Lizenz eine dieser Bedingungen?',
  licenceRestrictions_shortLabel: 'Lizenzbedingungen',
  licenceRestrictions_requiredMessage:
    'Wählen Sie die Bedingungen, die die Lizenz enthält, oder „Nichts davon“.',
  licenceRestrictions_help:
    'Klauseln zur nicht kommerziellen Nutzung, Obergrenzen für Nutzerzahlen, gesonderte kommerzielle Lizenzen und Verbreitungsverbote disqualifizieren eine Lizenz. Beschränkungen, die sich auf Nutzungen mit erheblichen Risiken für die öffentliche Sicherheit, die Sicherheit oder die Grundrechte beschränken und für alle gleichermaßen gelten, sind zulässig, ebenso Namensnennung und Weitergabe unter gleichen Bedingungen; ob eine bestimmte Sicherheitsklausel verhältnismäßig ist, wird als Ermessensfrage gekennzeichnet.',
  screen_monetisation_title: 'Monetarisierung',
  screen_monetisation_intro:
    'Entgelte für das Modell oder für etwas, ohne das es nicht verwendet werden kann, schließen die Open-Source-Ausnahme aus; optionale kostenpflichtige Zusatzleistungen nicht.',
  licenceMonetisation_label: 'Wird das Modell auf eine dieser Arten monetarisiert?',
  licenceMonetisation_shortLabel: 'Monetarisierung',
  licenceMonetisation_requiredMessage:
    'Wählen Sie die Arten, auf die das Modell monetarisiert wird, oder „Nichts davon“.',
  licenceMonetisation_help:
    'Ein Preis, Doppellizenzierung, kostenpflichtiger Support oder kostenpflichtiges Hosting, ohne die das Modell nicht verwendet werden kann, werbefinanziertes exklusives Hosting und personenbezogene Daten als Zugangsvoraussetzung schließen die Ausnahme aus. Optionale kostenpflichtige Zusatzleistungen nicht.',
  licenceMicroenterpriseDeal_label:
    'Findet die Monetarisierung ausschließlich zwischen Kleinstunternehmen statt?',
  licenceMicroenterpriseDeal_shortLabel: 'Nur zwischen Kleinstunternehmen monetarisiert',
  licenceMicroenterpriseDeal_hint:
    'Ein Kleinstunternehmen hat weniger als 10 Beschäftigte und einen Jahresumsatz oder eine Jahresbilanzsumme von höchstens 2 Mio. EUR – Sie und jeder, der zahlt.',
  licenceMicroenterpriseDeal_requiredMessage:
    'Wählen Sie, ob die Monetarisierung nur zwischen Kleinstunternehmen stattfindet, oder „Weiß ich nicht“.',
  licenceMicroenterpriseDeal_help:
    'Transaktionen zwischen Kleinstunternehmen gelten nicht als Monetarisierung. Wie sich das zur Bedingung des freien Zugangs verhält, ist rechtlich unklar.',
  screen_openness_title: 'Was öffentlich ist',
  screen_openness_intro:
    'Für die Ausnahme müssen die Gewichte, die Informationen zur Architektur und die Informationen zur Verwendung sämtlich öffentlich sein.',
  licenceWeightsPublic_label: 'Sind die Parameter, einschließlich Gewichte, öffentlich zugänglich?',
  licenceWeightsPublic_shortLabel: 'Gewichte öffentlich',
  licenceWeightsPublic_requiredMessage: 'Wählen Sie, ob die Gewichte öffentlich sind, oder „Weiß ich nicht“.',
  licenceWeightsPublic_help:
    'Die Gewichte müssen in einer Form öffentlich sein, die Zugang, Verwendung, Veränderung und Verbreitung ermöglicht.',
  licenceArchitecturePublic_label: 'Sind Informationen über die Modellarchitektur öffentlich zugänglich?',
  licenceArchitecturePublic_shortLabel: 'Informationen zur Architektur öffentlich',
  licenceArchitecturePublic_requiredMessage:
    'Wählen Sie, ob Informationen zur Architektur öffentlich sind, oder „Weiß ich nicht“.',
  licenceArchitecturePublic_help: 'Informationen über die Modellarchitektur müssen öffentlich sein.',
  licenceUsageInfoPublic_label: 'Sind Informationen über die Verwendung des Modells öffentlich zugänglich?',
  licenceUsageInfoPublic_shortLabel: 'Informationen zur Verwendung öffentlich',
  licenceUsageInfoPublic_hint:
    'Mindestens seine Eingabe- und Ausgabemodalitäten, Fähigkeiten, Grenzen und wie es integriert wird.',
  licenceUsageInfoPublic_requiredMessage:
    'Wählen Sie, ob Informationen zur Verwendung öffentlich sind, oder „Weiß ich nicht“.',
  licenceUsageInfoPublic_help:
    'Informationen zur Verwendung müssen öffentlich sein und mindestens Modalitäten, Fähigkeiten, Grenzen und die technischen Mittel zur Integration des Modells abdecken.',
  screen_stepsTaken_title: 'Bereits unternommene Schritte',
  screen_stepsTaken_intro:
    'Eine bereits erfüllte Pflicht erscheint im Bericht als erledigt; eine, die bestehen sollte und nicht besteht, als überfällig.',
  stepsTakenAuthorisedRepresentative_label: 'Haben Sie schriftlich einen Bevollmächtigten in der EU benannt?',
  stepsTakenAuthorisedRepresentative_shortLabel: 'Bevollmächtigter benannt',
  stepsTakenAuthorisedRepresentative_requiredMessage:
    'Wählen Sie, ob ein Bevollmächtigter benannt ist, oder „Weiß ich nicht“.',
  stepsTakenAuthorisedRepresentative_help:
    'Ein Anbieter mit Sitz außerhalb der EU muss vor dem Inverkehrbringen des Modells einen in der EU niedergelassenen Bevollmächtigten benennen. Der Bevollmächtigte bewahrt die technische Dokumentation 10 Jahre lang auf und steht dem Büro für Künstliche Intelligenz Rede und Antwort.',
  stepsTakenTechnicalDocumentation_label:
    'Ist die technische Dokumentation des Modells erstellt und auf dem neuesten Stand?',
  stepsTakenTechnicalDocumentation_shortLabel: 'Technische Dokumentation vorhanden',
  stepsTakenTechnicalDocumentation_hint:
    'Die Informationen nach Anhang XI, bereit zur Übermittlung an das Büro für Künstliche Intelligenz auf Anfrage.',
  stepsTakenTechnicalDocumentation_requiredMessage:
    'Wählen Sie, ob die technische Dokumentation vorhanden ist, oder „Weiß ich nicht“.',
  stepsTakenTechnicalDocumentation_help:
    'Eine technische Dokumentation mit mindestens den Angaben nach Anhang XI Abschnitt 1 – und Abschnitt 2 bei einem Modell mit systemischem Risiko – muss vor dem Inverkehrbringen erstellt und aktuell gehalten werden.',
  stepsTakenDownstreamInformation_label:
    'Stehen die Informationen für Anbieter, die auf dem Modell aufbauen (Anhang XII), diesen zur Verfügung?',
  stepsTakenDownstreamInformation_shortLabel: 'Informationen für nachgelagerte Anbieter vorhanden',
  stepsTakenDownstreamInformation_requiredMessage:
    'Wählen Sie, ob die Informationen für nachgelagerte Anbieter vorhanden sind, oder „Weiß ich nicht“.',
  stepsTakenDownstreamInformation_help:
    'Anbieter von KI-Systemen, die auf dem Modell aufbauen, müssen Informationen über seine Fähigkeiten und Grenzen erhalten, mit mindestens den Angaben nach Anhang XII.',
  screen_stepsTakenCopyright_title: 'Urheberrecht und Trainingsinhalte',
  screen_stepsTakenCopyright_intro:
    'Diese beiden Pflichten treffen jeden Anbieter, Open Source oder nicht. Eine bereits erfüllte erscheint im Bericht als erledigt; eine, die bestehen sollte und nicht besteht, als überfällig.',
  stepsTakenCopyrightPolicy_label:
    'Haben Sie eine Strategie zur Einhaltung des Urheberrechts der Union eingeführt?',
  stepsTakenCopyrightPolicy_shortLabel: 'Urheberrechtsstrategie vorhanden',
  stepsTakenCopyrightPolicy_hint:
    'Einschließlich der Art und Weise, wie Sie maschinenlesbare Vorbehalte gegen Text und Data Mining erkennen und einhalten.',
  stepsTakenCopyrightPolicy_requiredMessage:
    'Wählen Sie, ob die Urheberrechtsstrategie vorhanden ist, oder „Weiß ich nicht“.',
  stepsTakenCopyrightPolicy_help:
    'Jeder Anbieter braucht eine Urheberrechtsstrategie, auch für Open-Source-Modelle; sie muss Rechtsvorbehalte nach Art. 4 Abs. 3 der Richtlinie (EU) 2019/790 beachten, unabhängig davon, wo das Training stattfand.',
  stepsTakenTrainingSummary_label:
    'Haben Sie die Zusammenfassung der für das Training verwendeten Inhalte anhand der Vorlage des Büros für Künstliche Intelligenz veröffentlicht?',
  stepsTakenTrainingSummary_shortLabel: 'Zusammenfassung der Trainingsinhalte veröffentlicht',
  stepsTakenTrainingSummary_requiredMessage:
    'Wählen Sie, ob die Zusammenfassung der Trainingsinhalte veröffentlicht ist, oder „Weiß ich nicht“.',
  stepsTakenTrainingSummary_help:
    'Jeder Anbieter, auch von Open-Source-Modellen, muss eine hinreichend detaillierte Zusammenfassung der Trainingsinhalte anhand der verbindlichen Vorlage des Büros für Künstliche Intelligenz veröffentlichen.',
  screen_codeOfPractice_title: 'Praxisleitfaden',
  screen_codeOfPractice_intro:
    'Die Unterzeichnung des Praxisleitfadens für KI mit allgemeinem Verwendungszweck ändert Ihre Pflichten nicht, wohl aber die Art, wie Sie deren Erfüllung nachweisen.',
  codeOfPractice_label:
    'Hat Ihre Organisation den Praxisleitfaden für KI mit allgemeinem Verwendungszweck unterzeichnet?',
  codeOfPractice_shortLabel: 'Unterzeichner des Praxisleitfadens',
  codeOfPractice_requiredMessage:
    'Wählen Sie, ob Sie den Praxisleitfaden unterzeichnet haben, oder „Weiß ich nicht“.',
  codeOfPractice_help:
    'Die Einhaltung eines angemessenen Leitfadens ist ein einfacher Weg, die Erfüllung der Art. 53 und 55 nachzuweisen, und kann Geldbußen mindern; Nichtunterzeichner müssen andere angemessene Mittel nachweisen und mit mehr Auskunftsersuchen rechnen. Teilunterzeichner verlieren den Vorteil für die Kapitel, die sie nicht unterzeichnet haben. Der Leitfaden hat kein Kapitel zur Mitteilung nach Art. 52 Abs. 1.',
};
