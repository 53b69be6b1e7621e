import type { Messages } from '../../message-id';
import type { options as en } from '../en/options';

export const options: Messages<typeof en> = {
  yesNoUnknown_yes: 'Ja',
  yesNoUnknown_no: 'Nein',
  yesNoUnknown_unknown: 'Weiß ich nicht',
  role_developer: 'Wir haben das Modell selbst trainiert',
  role_commissioned: 'Wir haben das Modell von einem Dritten für uns trainieren lassen',
  role_commissioned_hint:
    'Zum Beispiel hat ein Auftragnehmer es nach unseren Vorgaben trainiert, und wir veröffentlichen es unter unserem Namen.',
  role_consortium: 'Wir entwickeln das Modell gemeinsam mit anderen Organisationen in einem Konsortium',
  role_consortium_hint:
    'Zum Beispiel ein öffentlich gefördertes Forschungs- oder Industriekonsortium mit einem Koordinator.',
  role_modifier: 'Wir verändern das Modell eines anderen',
  role_modifier_hint:
    'Zum Beispiel Feinabstimmung (Fine-Tuning), Weitertraining, Destillation, Zusammenführung (Merging) oder Quantisierung eines Modells, das eine andere Organisation trainiert hat.',
  role_integrator:
    'Wir verwenden das Modell eines anderen nur unverändert in unserem eigenen Produkt oder KI-System',
  role_integrator_hint: 'Über eine API oder durch Ausführen seiner unveränderten Gewichte.',
  role_host: 'Wir hosten Modelle anderer oder führen sie in einem Verzeichnis',
  role_host_hint:
    'Zum Beispiel ein Model-Hub oder ein Cloud-Marktplatz, auf den andere ihre Modelle hochladen.',
  role_hobbyist:
    'Ich bin eine Einzelperson und handle nicht für ein Unternehmen oder eine andere Organisation',
  role_hobbyist_hint:
    'Wir fragen später, ob Sie für das Modell Geld verlangen oder es geschäftsmäßig betreiben: Diese Tatsachen entscheiden, nicht diese Beschreibung.',
  role_research:
    'Wir sind ein Forschungslabor, eine Hochschule oder ein Forschungsinstitut und haben es trainiert',
  role_research_hint:
    'Wir fragen später nach einem Preis, einer Geschäftstätigkeit oder regelmäßiger Lieferung: Diese Tatsachen entscheiden, nicht diese Beschreibung.',
  consortiumRole_coordinator: 'Wir koordinieren das Konsortium',
  consortiumRole_member: 'Wir sind Mitglied, aber nicht Koordinator',
  consortiumRole_unknown: 'Weiß ich nicht',
  modality_text: 'Text, einschließlich Code',
  modality_speech: 'Sprache (Audio mit gesprochenen Worten)',
  modality_otherAudio: 'Anderes Audio ohne Sprache, etwa Musik oder Soundeffekte',
  modality_image: 'Bilder, aus Textanweisungen erzeugt (Text-zu-Bild)',
  modality_imageEdit: 'Bilder, nur aus anderen Bildern erzeugt (Bild-zu-Bild)',
  modality_imageEdit_hint:
    'Zum Beispiel Hochskalieren, Inpainting oder Bearbeiten eines vorgegebenen Bildes.',
  modality_video: 'Videos, aus Textanweisungen erzeugt (Text-zu-Video)',
  modality_other: 'Etwas anderes',
  modality_other_hint:
    'Zum Beispiel Aktionen in einem Spiel oder eines Roboters, Wetterfelder, Proteinstrukturen oder Klassenlabels.',
  modality_unknown: 'Weiß ich nicht',
  singleTask_none: 'Nein, es wurde nicht für eine bestimmte Aufgabe konzipiert',
  singleTask_transcription: 'Ja: Sprachtranskription',
  singleTask_textToSpeech: 'Ja: Text-zu-Sprache',
  singleTask_upscaling: 'Ja: Hochskalieren von Bildern',
  singleTask_inpainting: 'Ja: Inpainting von Bildern',
  singleTask_gamePlaying: 'Ja: Schach oder Videospiele spielen',
  singleTask_physicalModelling: 'Ja: Modellierung des Wetters oder anderer physikalischer Systeme',
  singleTask_music: 'Ja: Erzeugen von Musik aus Anweisungen, einschließlich Liedtexten',
  singleTask_soundEffects: 'Ja: Erzeugen von Soundeffekten',
  singleTask_otherSingleTask: 'Ja: eine andere einzelne, bestimmte Aufgabe',
  singleTask_unknown: 'Weiß ich nicht',
  task_conversation: 'Ein Gespräch führen und Anweisungen befolgen (Chat)',
  task_writing: 'Texte schreiben und bearbeiten',
  task_summarisation: 'Dokumente zusammenfassen',
  task_translation: 'Zwischen Sprachen übersetzen',
  task_code: 'Code schreiben oder erklären',
  task_questionAnswering: 'Fragen zu vielen Themen beantworten',
  task_reasoning: 'Mathematik, Planung oder anderes mehrstufiges Schlussfolgern',
  task_extraction: 'Texte klassifizieren oder Informationen daraus extrahieren',
  task_imageGeneration: 'Bilder erzeugen',
  task_imageUnderstanding: 'Bilder beschreiben oder Fragen dazu beantworten',
  task_speechTasks: 'Sprache erkennen oder erzeugen, neben anderen Aufgaben',
  task_toolUse: 'Werkzeuge oder APIs aufrufen, um Aufgaben auszuführen (als Agent)',
  task_none: 'Nichts davon',
  task_unknown: 'Weiß ich nicht',
  channel_api: 'Über eine API',
  channel_package: 'Als Softwarebibliothek oder -paket, das die Gewichte enthält',
  channel_hub: 'Als öffentlicher Download der Gewichte',
  channel_hub_hint: 'Ein Model-Hub oder Repository (zum Beispiel Hugging Face) oder Ihre eigene Website.',
  channel_physicalCopy: 'Auf einer physischen Kopie, etwa einem Datenträger',
  channel_cloud: 'Über einen Cloud-Computing-Dienst oder -Marktplatz',
  channel_customerInfrastructure: 'Installiert auf der eigenen Infrastruktur von Kunden',
  channel_downstreamSupply:
    'Geliefert an ein anderes Unternehmen, das es in sein eigenes KI-System integriert',
  channel_downstreamSupply_hint:
    'Zum Beispiel im Rahmen einer Lizenz- oder Liefervereinbarung mit einem Unternehmen, das es integriert.',
  channel_ownApp: 'Integriert in unseren eigenen Chatbot, unsere App oder unser KI-System, das andere nutzen',
  channel_internalEssential:
    'Verwendet in unseren eigenen Abläufen, von denen ein Produkt oder eine Dienstleistung für andere abhängt',
  channel_internalAffectsPeople:
    'Intern verwendet, um Entscheidungen über Menschen zu treffen oder zu unterstützen – Beschäftigte, Bewerber oder Kunden',
  channel_internalOnly: 'Nur in anderen internen Abläufen verwendet',
  channel_internalOnly_hint:
    'Kein Produkt und keine Dienstleistung für andere hängt von dieser Verwendung ab, und sie trifft keine Entscheidungen über Menschen.',
  channel_researchPartners: 'Nur mit Forschungspartnern geteilt, ausschließlich zu Forschungszwecken',
  channel_notYet: 'Noch niemandem bereitgestellt',
  channel_notYet_hint: 'Zum Beispiel noch im Training, in der Forschung oder in der Entwicklung.',
  internalUseLocation_eu: 'In der EU',
  internalUseLocation_outsideEu: 'Nur außerhalb der EU',
  internalUseLocation_both: 'Sowohl in als auch außerhalb der EU',
  internalUseLocation_unknown: 'Weiß ich nicht',
  placingIntention_yes: 'Ja, wir wollen es in der EU bereitstellen',
  placingIntention_yes_hint: 'Unabhängig davon, ob ein Termin feststeht.',
  placingIntention_no: 'Nein, es dient nur der Forschung, Entwicklung oder Prototypenerstellung',
  placingIntention_no_hint: 'Es ist nicht geplant, es auf dem EU-Markt bereitzustellen.',
  placingIntention_undecided: 'Noch nicht entschieden',
  euAvailability_direct: 'Ja – Personen oder Organisationen in der EU können es von uns erhalten oder nutzen',
  euAvailability_viaDownstream:
    'Nur über andere, die es in Systeme integrieren, die in der EU verwendet werden',
  euAvailability_none: 'Nein – es ist in der EU überhaupt nicht verfügbar',
  euAvailability_unknown: 'Weiß ich nicht',
  nameOnModel_own: 'Unser eigener Name oder unsere eigene Handelsmarke',
  nameOnModel_client: 'Der Name oder die Handelsmarke eines Kunden',
  nameOnModel_client_hint: 'Wir erstellen es für einen Kunden, der es als sein eigenes Modell bereitstellt.',
  nameOnModel_originalProvider: 'Der Name oder die Handelsmarke des ursprünglichen Anbieters',
  nameOnModel_originalProvider_hint:
    'Das veränderte Modell wird als Modell des ursprünglichen Anbieters angeboten.',
  nameOnModel_unknown: 'Weiß ich nicht',
  lifecycle_newModel: 'Ein neues Modell aus einem eigenen großen Vortraining',
  lifecycle_laterVersion: 'Eine spätere Version eines Modells, das wir bereits bereitgestellt haben',
  lifecycle_laterVersion_hint:
    'Auf demselben Vortraining aufgebaut – zum Beispiel von uns weitertrainiert, feinabgestimmt oder aktualisiert.',
  lifecycle_unknown: 'Weiß ich nicht',
  commercial_price: 'Ein Preis, ein Abonnement oder eine Lizenzgebühr',
  commercial_otherMonetisation:
    'Andere damit verbundene Einnahmen, etwa Werbung, kostenpflichtige Stufen oder für die Nutzung erforderlicher kostenpflichtiger Support',
  commercial_apiOrAppBusiness:
    'Eine darauf aufbauende API oder App, die anderen geschäftsmäßig angeboten wird',
  commercial_regularSupply: 'Regelmäßige Lieferung an andere, nicht nur einmalig',
  commercial_none: 'Nichts davon',
  restriction_nonCommercial: 'Nur nicht kommerzielle Nutzung oder Nutzung zu Forschungszwecken',
  restriction_userCap: 'Beschränkungen ab einer bestimmten Nutzerzahl (zum Beispiel monatlich aktive Nutzer)',
  restriction_separateCommercialLicence:
    'Für manche Nutzungen ist eine gesonderte kommerzielle Lizenz erforderlich',
  restriction_noDistribution: 'Die Weiterverbreitung ist nicht erlaubt',
  restriction_safetyClauses:
    'Beschränkungen nur für Nutzungen, die erhebliche Risiken für die öffentliche Sicherheit, die Sicherheit oder die Grundrechte bergen, für alle gleichermaßen',
  restriction_attributionShareAlike:
    'Bedingungen zur Namensnennung oder Weitergabe unter gleichen Bedingungen',
  restriction_none: 'Nichts davon',
  monetisation_price: 'Ein Preis für das Modell oder seine Gewichte',
  monetisation_dualLicence:
    'Doppellizenzierung (kostenlos für manche, kostenpflichtig für kommerzielle Nutzung oder ab einer bestimmten Größenordnung)',
  monetisation_requiredPaidSupport:
    'Kostenpflichtiger Support, Dienstleistungen oder eine Laufzeitumgebung, ohne die das Modell nicht funktioniert oder nicht zugänglich ist',
  monetisation_exclusivePaidHosting:
    'Ausschließlich auf unserer eigenen Plattform gehostet, die kostenpflichtig ist oder durch Werbung finanziert wird',
  monetisation_personalData: 'Nutzer müssen personenbezogene Daten angeben, um es zu erhalten oder zu nutzen',
  monetisation_optionalPaidServices:
    'Optionale kostenpflichtige Zusatzleistungen, von denen die kostenlose Nutzung nicht abhängt',
  monetisation_none: 'Nichts davon',
  contest_none: 'Nein, wir haben sie nicht angefochten',
  contest_pending: 'Ja – die Kommission hat noch nicht entschieden',
  contest_accepted: 'Ja – die Kommission hat unsere Argumente angenommen',
  contest_rejected: 'Ja – die Kommission hat unsere Argumente zurückgewiesen',
  contest_unknown: 'Weiß ich nicht',
  euBusinessUsers_atLeast10000: '10 000 oder mehr',
  euBusinessUsers_fewer: 'Weniger als 10 000',
  euBusinessUsers_unknown: 'Weiß ich nicht',
  codeOfPractice_full: 'Ja, alle Kapitel, die für uns gelten',
  codeOfPractice_partial: 'Nur einige Kapitel',
  codeOfPractice_none: 'Nein',
  codeOfPractice_unknown: 'Weiß ich nicht',
  method_measured: 'Während des Trainings gemessen oder protokolliert',
  method_hardware:
    'Geschätzt anhand der verwendeten Hardware (Einheiten × Zeit × Spitzenleistung × Auslastung)',
  method_architecture: 'Geschätzt anhand der Architektur (6 × Parameter × Trainings-Tokens)',
  method_unknown: 'Nicht sicher',
};
