/**
 * The word material of the benchmark corpus: real German words and phrases about development
 * cooperation, places in Baden-Württemberg and in partner countries. Sentences are built from
 * these parts by `bench/corpus.ts`, so the text has the word lengths, compounds and umlauts of
 * the real site and gives Markdown, the search index and the minifier realistic work.
 */

/** Towns and cities in Baden-Württemberg. */
export const BW_PLACES = [
  "Stuttgart", "Karlsruhe", "Mannheim", "Freiburg", "Heidelberg", "Ulm", "Heilbronn", "Pforzheim", "Reutlingen",
  "Esslingen", "Ludwigsburg", "Tübingen", "Villingen-Schwenningen", "Konstanz", "Aalen", "Sindelfingen",
  "Schwäbisch Gmünd", "Friedrichshafen", "Offenburg", "Göppingen", "Waiblingen", "Baden-Baden", "Ravensburg",
  "Heidenheim", "Lörrach", "Kehl", "Rastatt", "Biberach", "Nürtingen", "Schwäbisch Hall", "Crailsheim",
  "Bietigheim-Bissingen", "Leonberg", "Fellbach", "Rottenburg", "Weinheim", "Bruchsal", "Singen", "Tuttlingen",
  "Balingen", "Backnang", "Ettlingen", "Emmendingen", "Wertheim", "Rottweil", "Mosbach", "Wangen im Allgäu",
  "Bad Mergentheim", "Nagold", "Herrenberg", "Öhringen", "Sigmaringen", "Calw", "Freudenstadt", "Waldkirch",
] as const;

/** Partner towns in the Global South, each with its country. */
export const PARTNER_PLACES = [
  ["Gitega", "Burundi"], ["Bujumbura", "Burundi"], ["Ngozi", "Burundi"], ["Muyinga", "Burundi"], ["Kayanza", "Burundi"],
  ["Rumonge", "Burundi"], ["Kigali", "Ruanda"], ["Huye", "Ruanda"], ["Musanze", "Ruanda"], ["Moshi", "Tansania"],
  ["Arusha", "Tansania"], ["Dodoma", "Tansania"], ["Kumasi", "Ghana"], ["Tamale", "Ghana"], ["Ouagadougou", "Burkina Faso"],
  ["Bobo-Dioulasso", "Burkina Faso"], ["Cochabamba", "Bolivien"], ["Sucre", "Bolivien"], ["Quetzaltenango", "Guatemala"],
  ["León", "Nicaragua"], ["Matagalpa", "Nicaragua"], ["Pune", "Indien"], ["Chennai", "Indien"], ["Da Nang", "Vietnam"],
  ["Douala", "Kamerun"], ["Bamenda", "Kamerun"], ["Windhoek", "Namibia"], ["Maputo", "Mosambik"], ["Lusaka", "Sambia"],
  ["Kapstadt", "Südafrika"], ["Cusco", "Peru"], ["Recife", "Brasilien"], ["Kisumu", "Kenia"], ["Mbarara", "Uganda"],
  ["Saint-Louis", "Senegal"], ["Ségou", "Mali"], ["Bahir Dar", "Äthiopien"], ["Hué", "Vietnam"], ["Jinja", "Uganda"],
  ["Nakuru", "Kenia"],
] as const satisfies readonly (readonly [string, string])[];

/** Fields of work, as they appear in topic titles. */
export const TOPIC_NOUNS = [
  "Wasserversorgung", "Schulpartnerschaft", "Klimapartnerschaft", "Fairer Handel", "Faire Beschaffung", "Berufsbildung",
  "Gesundheitsversorgung", "Frauenförderung", "Energiepartnerschaft", "Solarenergie", "Abfallwirtschaft", "Ökolandbau",
  "Ernährungssicherung", "Kinderrechte", "Globales Lernen", "Kommunalverwaltung", "Bürgerbeteiligung", "Jugendaustausch",
  "Kulturaustausch", "Krankenhauspartnerschaft", "Hochschulkooperation", "Wiederaufforstung", "Kleinkredite",
  "Genossenschaften", "Migration und Entwicklung", "Menschenrechte", "Digitalisierung", "Katastrophenvorsorge",
  "Friedensarbeit", "Handwerksausbildung", "Kaffeekooperativen", "Inklusion", "Sportpartnerschaft", "Musikpädagogik",
  "Stadtentwicklung", "Nachhaltige Mobilität", "Klimaanpassung", "Artenvielfalt", "Sanitärversorgung", "Müttergesundheit",
] as const;

/** Subjects of a sentence (nominative singular, verb in third person singular); `{bw}` and `{partner}` are filled in. */
export const ACTORS = [
  "Die Stadt {bw}", "Der Eine-Welt-Verein in {bw}", "Die Partnergemeinde {partner}", "Eine Schule aus {bw}",
  "Die evangelische Kirchengemeinde in {bw}", "Der Gemeinderat von {bw}", "Die Volkshochschule {bw}",
  "Eine Gruppe Ehrenamtlicher aus {bw}", "Die Kreisverwaltung", "Das Krankenhaus in {partner}",
  "Die Frauenkooperative in {partner}", "Der Weltladen in {bw}", "Die Hochschule in {bw}", "Die SEZ",
  "Das Partnerschaftskomitee", "Die Jugendgruppe der Feuerwehr {bw}", "Ein mittelständisches Unternehmen aus {bw}",
  "Die Stadtverwaltung von {partner}", "Der Förderverein", "Das Landratsamt", "Die Gesamtschule in {partner}",
  "Eine Initiative von Studierenden", "Der Bürgermeister von {bw}", "Die Lokale Agenda {bw}",
] as const;

/** Transitive verbs in third person singular present. */
export const VERBS = [
  "unterstützt", "fördert", "plant", "organisiert", "begleitet", "finanziert", "startet", "stärkt", "verbessert",
  "dokumentiert", "erweitert", "vermittelt", "entwickelt", "koordiniert", "bewertet", "betreut", "ermöglicht",
] as const;

/** Objects of those verbs (accusative). */
export const OBJECTS = [
  "den Bau eines Brunnens", "eine Fortbildung für Lehrkräfte", "ein Solardach für die Grundschule",
  "die Ausbildung junger Handwerkerinnen", "den Austausch zwischen Jugendlichen", "eine Ausstellung über fairen Kaffee",
  "die Versorgung mit sauberem Trinkwasser", "ein Programm für Kleinbäuerinnen", "die Zusammenarbeit der Verwaltungen",
  "einen Workshop zur Klimaanpassung", "die Renovierung einer Gesundheitsstation", "ein Netzwerk von Weltläden",
  "die Aufforstung eines Hanges", "eine Bürgerversammlung zur Partnerschaft", "die Beschaffung fair gehandelter Arbeitskleidung",
  "den Aufbau einer Bibliothek", "eine Schulung in Buchhaltung", "die Einrichtung einer Nähwerkstatt",
  "ein Stipendium für Pflegekräfte", "die Sammlung gebrauchter Fahrräder", "einen Besuch der Partnerdelegation",
  "die Gründung einer Spargruppe", "ein Konzept für die Mülltrennung", "die Sanierung des Marktplatzes",
  "eine Studie zur Lieferkette", "den Einkauf von regionalem Saatgut", "eine Kampagne gegen Kinderarbeit",
  "die Digitalisierung des Melderegisters", "ein Theaterprojekt mit Geflüchteten", "den Bau von Regenwasserzisternen",
] as const;

/** Adverbial phrases; they may open a sentence or close it. */
export const ADVERBIALS = [
  "seit vielen Jahren", "gemeinsam mit Partnern in {partner}", "mit Mitteln des Landes Baden-Württemberg",
  "im Rahmen der Partnerschaft mit {country}", "in enger Abstimmung mit den Menschen vor Ort", "seit {year}",
  "mit großem ehrenamtlichen Einsatz", "Schritt für Schritt", "auf Augenhöhe", "über mehrere Jahre",
  "trotz schwieriger Bedingungen", "mit Unterstützung der SEZ", "im kommenden Haushaltsjahr", "in den Sommerferien",
  "zusammen mit Fachleuten aus {bw}", "mit Spenden aus der Bürgerschaft",
] as const;

/** Plural groups (verb in third person plural). */
export const GROUPS = [
  "Schülerinnen und Schüler", "Bürgerinnen und Bürger", "Ehrenamtliche", "Viele Kommunen im Land", "Vereine und Initiativen",
  "Lehrkräfte", "Unternehmen aus der Region", "Kirchengemeinden", "Studierende", "Fachleute aus der Verwaltung",
  "Menschen mit Migrationsgeschichte", "Gemeinderätinnen und Gemeinderäte",
] as const;

/** Plural verbs with their complement. */
export const GROUP_PREDICATES = [
  "engagieren sich für eine gerechtere Welt", "sammeln Spenden für die Partnerschule", "lernen voneinander",
  "tauschen Erfahrungen aus", "besuchen die Partner in {partner}", "bringen ihr Wissen ein",
  "diskutieren über faire Lieferketten", "gestalten den Eine-Welt-Tag in {bw}", "setzen sich für Klimaschutz ein",
  "übernehmen Verantwortung im Alltag", "kaufen bewusst fair gehandelte Produkte", "informieren sich über {country}",
] as const;

/** Things a project is about (accusative without verb). */
export const CONCERNS = [
  "faire Löhne", "sauberes Wasser", "gute Bildung", "nachhaltige Landwirtschaft", "erneuerbare Energien",
  "die Rechte von Kindern", "eine verlässliche Gesundheitsversorgung", "die Gleichberechtigung von Frauen",
  "eine transparente Verwaltung", "den Schutz des Regenwaldes", "bezahlbaren Wohnraum", "sichere Arbeitsplätze",
  "die Anpassung an den Klimawandel", "demokratische Beteiligung", "gesunde Ernährung", "den Erhalt der Artenvielfalt",
] as const;

/** Subordinate clauses after "Wichtig ist, dass". */
export const CLAUSES = [
  "die Partner gleichberechtigt entscheiden", "alle Beteiligten voneinander lernen", "die Projekte langfristig angelegt sind",
  "die Menschen vor Ort selbst bestimmen", "Erfolge und Fehler offen besprochen werden", "die Finanzierung gesichert ist",
  "junge Menschen früh beteiligt werden", "die Verwaltung das Vorhaben mitträgt", "Frauen und Männer gleichermaßen profitieren",
  "die Ergebnisse regelmäßig überprüft werden",
] as const;

/** Section headings; `{partner}` and `{bw}` are filled in. */
export const HEADINGS = [
  "Worum es geht", "Ausgangslage in {partner}", "Was die Partner vor Ort tun", "So können Sie mitmachen",
  "Förderung und Beratung", "Erfahrungen aus {bw}", "Ergebnisse und nächste Schritte", "Zahlen und Fakten",
  "Hintergrund", "Wer beteiligt ist", "Finanzierung", "Veranstaltungen im Jahr {year}", "Was wir gelernt haben",
  "Stimmen aus {partner}", "Material für Schulen", "Häufige Fragen",
] as const;

/** Openings of a sentence that links to another page. */
export const LINK_SENTENCES = [
  "Mehr dazu lesen Sie auf der Seite {link}.",
  "Einen Überblick gibt die Seite {link}.",
  "Wie das gelingen kann, zeigt das Beispiel {link}.",
  "Verwandte Vorhaben finden Sie unter {link}.",
  "Anregungen bietet auch die Seite {link}.",
] as const;
