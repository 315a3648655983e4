<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>AgendaModels</name>
    <message>
        <source>(closed)</source>
        <translation>(lukket)</translation>
    </message>
    <message>
        <source>Closed item</source>
        <translation>Lukket punkt</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>Åbent punkt</translation>
    </message>
    <message>
        <source>{n} min.</source>
        <translation>{n} min.</translation>
    </message>
    <message>
        <source>(planned {n})</source>
        <translation>(planlagt {n})</translation>
    </message>
    <message>
        <source>How long similar items took at past meetings, and (in brackets) how long they had been planned</source>
        <translation>Hvor længe lignende punkter tog på tidligere møder, og (i parentes) hvor længe de var planlagt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Dagsordenspunkt</translation>
    </message>
    <message>
        <source>Public text</source>
        <translation>Offentlig tekst</translation>
    </message>
    <message>
        <source>The text is printed in the public edition even when the item is closed (e.g. who takes part while it is discussed)</source>
        <translation>Teksten trykkes i den offentlige udgave, også når punktet er lukket (fx hvem der deltager under behandlingen)</translation>
    </message>
</context>
<context>
    <name>AgendaPane</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>S&amp;ted:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemmer:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nyt punkt</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Fjern punkt</translation>
    </message>
    <message>
        <source>Items (drag or Ctrl+Shift+↑/↓ to reorder)</source>
        <translation>Punkter (træk eller Ctrl+Shift+↑/↓ for at flytte)</translation>
    </message>
    <message>
        <source>No meeting open</source>
        <translation>Intet møde åbent</translation>
    </message>
    <message>
        <source>Edit meeting facts</source>
        <translation>Ret mødeoplysninger</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Flyt punkt</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tilføj punkt</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>inhabil in this item</source>
        <translation>inhabil i punktet</translation>
    </message>
    <message>
        <source>away for this item</source>
        <translation>deltager ikke i punktet</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fraværende</translation>
    </message>
    <message>
        <source>present {periods}</source>
        <translation>til stede {periods}</translation>
    </message>
    <message>
        <source>Present at the start of the meeting (Space)</source>
        <translation>Til stede ved mødets start (mellemrum)</translation>
    </message>
    <message>
        <source>In the room from item {n} on (Space)</source>
        <translation>Til stede fra punkt {n} (mellemrum)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Space: present or not from this item on</source>
        <translation>Mellemrum: til stede eller ej fra dette punkt</translation>
    </message>
    <message>
        <source>Present at the start (Ctrl+Shift+M)</source>
        <translation>Til stede ved mødets start (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Present at item {n} (Ctrl+Shift+M)</source>
        <translation>Til stede ved punkt {n} (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>{name} present at the start</source>
        <translation>{name} til stede ved mødets start</translation>
    </message>
    <message>
        <source>{name} absent at the start</source>
        <translation>{name} fraværende ved mødets start</translation>
    </message>
    <message>
        <source>{name} arrives at item {n}</source>
        <translation>{name} kommer ved punkt {n}</translation>
    </message>
    <message>
        <source>{name} not present from item {n}</source>
        <translation>{name} ikke til stede fra punkt {n}</translation>
    </message>
</context>
<context>
    <name>BoardRunsTab</name>
    <message>
        <source>&amp;Staff (follow-ups, guests):</source>
        <translation>&amp;Medarbejdere (opfølgning, gæster):</translation>
    </message>
    <message>
        <source>One per line: Name (Title)</source>
        <translation>Én pr. linje: Navn (Titel)</translation>
    </message>
    <message>
        <source>&amp;Interest register:</source>
        <translation>&amp;Interesseregister:</translation>
    </message>
    <message>
        <source>One per line: Member's name: company, organisation or relation</source>
        <translation>Én pr. linje: Medlemmets navn: virksomhed, organisation eller relation</translation>
    </message>
    <message>
        <source>Standard &amp;decisions:</source>
        <translation>Standard&amp;beslutninger:</translation>
    </message>
    <message>
        <source>One per line; Alt+1, Alt+2 … in the live minutes</source>
        <translation>Én pr. linje; Alt+1, Alt+2 … i referatet (live)</translation>
    </message>
</context>
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <source>Board settings</source>
        <translation>Udvalgets indstillinger</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>Faste punkter</translation>
    </message>
    <message>
        <source>Staff and interests</source>
        <translation>Medarbejdere og interesser</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <source>Weekday:</source>
        <translation>Mødedag:</translation>
    </message>
    <message>
        <source>Starts at:</source>
        <translation>Start kl.:</translation>
    </message>
    <message>
        <source>Ends at:</source>
        <translation>Slut kl.:</translation>
    </message>
    <message>
        <source>Changes apply to meetings drafted from now on; meetings already made keep their place, times and members' titles.</source>
        <translation>Ændringerne gælder møder, der oprettes fra nu af; møder, der allerede er oprettet, beholder deres sted, tider og medlemmernes titler.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Timed grid (Tidsplan)</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>Coming meetings (forward plan)</source>
        <translation>Kommende møder (mødeplan)</translation>
    </message>
    <message>
        <source>Points awaiting a date</source>
        <translation>Punkter som afventer dato</translation>
    </message>
    <message>
        <source>Follow-ups due (Opfølgning)</source>
        <translation>Opfølgninger til mødet (Opfølgning)</translation>
    </message>
    <message>
        <source>[Timed grid is printed here]</source>
        <translation>[Tidsplanen indsættes her]</translation>
    </message>
    <message>
        <source>[Coming meetings are printed here]</source>
        <translation>[Kommende møder indsættes her]</translation>
    </message>
    <message>
        <source>[Points awaiting a date are printed here]</source>
        <translation>[Punkter som afventer dato indsættes her]</translation>
    </message>
    <message>
        <source>[Follow-ups due are printed here]</source>
        <translation>[Opfølgninger til mødet udskrives her]</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>The chosen standing item</source>
        <translation>Det valgte faste punkt</translation>
    </message>
    <message>
        <source>Closed item (left out of published documents)</source>
        <translation>Lukket punkt (udelades af offentliggjorte dokumenter)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nyt afsnit</translation>
    </message>
    <message>
        <source>Heading, e.g. Sagsgang</source>
        <translation>Overskrift, fx Sagsgang</translation>
    </message>
    <message>
        <source>Text, e.g. Det indstilles, at punkterne behandles.</source>
        <translation>Tekst, fx Det indstilles, at punkterne behandles.</translation>
    </message>
    <message>
        <source>Generated content in this item (placed after the chosen section; move it with ↑/↓):</source>
        <translation>Indhold, der dannes i dette punkt (indsættes efter det valgte afsnit; flyt det med ↑/↓):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Afsnit:</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Overskrift:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>New standing item</source>
        <translation>Nyt fast punkt</translation>
    </message>
    <message>
        <source>The board's settings are saved.</source>
        <translation>Udvalgets indstillinger er gemt.</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel meeting</source>
        <translation>Aflys møde</translation>
    </message>
    <message>
        <source>Why does the board not meet on {date}?
The forward plan prints the reason instead of points.</source>
        <translation>Hvorfor holdes der ikke møde {date}?
Oversigten over kommende møder viser grunden i stedet for punkter.</translation>
    </message>
    <message>
        <source>e.g. Vinterferie</source>
        <translation>f.eks. Vinterferie</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Aflys mødet</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold mødet</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Moves to</source>
        <translation>Flyttes til</translation>
    </message>
    <message>
        <source>Points awaiting a date</source>
        <translation>Punkter som afventer dato</translation>
    </message>
    <message>
        <source>The next meeting ({date})</source>
        <translation>Næste møde ({date})</translation>
    </message>
    <message>
        <source>The meeting's planned points are kept. Where do they go?</source>
        <translation>Mødets planlagte punkter bevares. Hvor skal de flyttes hen?</translation>
    </message>
</context>
<context>
    <name>ClosedPeriodEditor</name>
    <message>
        <source>Closed period</source>
        <translation>Lukkeperiode</translation>
    </message>
    <message>
        <source>e.g. Vinterferie uge 7</source>
        <translation>fx Vinterferie uge 7</translation>
    </message>
    <message>
        <source>School holiday by week numbers</source>
        <translation>Skoleferie efter ugenumre</translation>
    </message>
    <message>
        <source>By dates (e.g. Jule- og nytårslukket)</source>
        <translation>Efter datoer (fx Jule- og nytårslukket)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>uge</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Week {week} does not exist in {year}.</source>
        <translation>Uge {week} findes ikke i {year}.</translation>
    </message>
    <message>
        <source>Give the period a name, e.g. Vinterferie uge 7.</source>
        <translation>Giv perioden et navn, fx Vinterferie uge 7.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
</context>
<context>
    <name>ClosedPeriodsDialog</name>
    <message>
        <source>Closed periods and holidays</source>
        <translation>Lukkeperioder og ferier</translation>
    </message>
    <message>
        <source>No meeting is planned on a public holiday or in a closed period; planned meetings in a new period are cancelled with its name as the reason.</source>
        <translation>Der planlægges ingen møder på helligdage eller i lukkeperioder; planlagte møder i en ny periode aflyses med periodens navn som begrundelse.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ret …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>{label} added; {count} planned meetings cancelled.</source>
        <translation>{label} er tilføjet; {count} planlagte møder er aflyst.</translation>
    </message>
    <message>
        <source>{label} changed.</source>
        <translation>{label} er ændret.</translation>
    </message>
    <message>
        <source>{label} removed; {count} meetings are held again.</source>
        <translation>{label} er fjernet; {count} møder holdes igen.</translation>
    </message>
</context>
<context>
    <name>CommitteeMeetingDialog</name>
    <message>
        <source>Committee meeting</source>
        <translation>Udvalgsmøde</translation>
    </message>
    <message>
        <source>Edit committee meeting</source>
        <translation>Ret udvalgsmøde</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Kl.</translation>
    </message>
    <message>
        <source>The committee's own meeting</source>
        <translation>Udvalgets eget møde</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Udvalg:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Leave Meeting empty for the committee's ordinary meeting; write e.g. Kommunalbestyrelsestemamøde for another kind.</source>
        <translation>Lad Møde stå tomt for udvalgets ordinære møde; skriv fx Kommunalbestyrelsestemamøde for en anden slags møde.</translation>
    </message>
</context>
<context>
    <name>CommitteeMeetingModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Udvalg</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>The calendar was not written</source>
        <translation>Kalenderen blev ikke skrevet</translation>
    </message>
    <message>
        <source>Export meeting calendar</source>
        <translation>Eksportér mødekalender</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Date, time and place of each meeting, cancelled meetings marked, and the titles of the open items. Nothing of closed items.</source>
        <translation>Dato, tidspunkt og sted for hvert møde, aflyste møder markeret, og titlerne på de åbne punkter. Intet fra lukkede punkter.</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Vælg en fil.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Eksportér til Word</translation>
    </message>
    <message>
        <source>&amp;Agenda (DAGSORDEN)</source>
        <translation>&amp;Dagsorden (DAGSORDEN)</translation>
    </message>
    <message>
        <source>&amp;Minutes (REFERAT)</source>
        <translation>&amp;Referat (REFERAT)</translation>
    </message>
    <message>
        <source>&amp;Internal version with closed items (members only)</source>
        <translation>&amp;Intern udgave med lukkede punkter (kun til medlemmerne)</translation>
    </message>
    <message>
        <source>Also as &amp;PDF</source>
        <translation>Også som &amp;PDF</translation>
    </message>
    <message>
        <source>PDF as &amp;archive copy (PDF/A-2b)</source>
        <translation>PDF som &amp;arkivkopi (PDF/A-2b)</translation>
    </message>
    <message>
        <source>For journalising: fonts embedded, PDF/A-2b as well as PDF/UA</source>
        <translation>Til journalisering: skrifttyper indlejret, PDF/A-2b såvel som PDF/UA</translation>
    </message>
    <message>
        <source>LibreOffice is not installed – PDF needs LibreOffice</source>
        <translation>LibreOffice er ikke installeret – PDF kræver LibreOffice</translation>
    </message>
    <message>
        <source>A PDF with the same name beside the Word document, converted by LibreOffice</source>
        <translation>En PDF med samme navn ved siden af Word-dokumentet, konverteret af LibreOffice</translation>
    </message>
    <message>
        <source>REFERAT with the forward plan as it stands &amp;now</source>
        <translation>REFERAT med kommende møder, som planen står &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Alle medlemmer</translation>
    </message>
    <message>
        <source>Internal copy &amp;for:</source>
        <translation>Intern udgave &amp;til:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Chec&amp;k before publishing</source>
        <translation>&amp;Tjek før offentliggørelse</translation>
    </message>
    <message>
        <source>INTERNAL VERSION: includes the closed items and attachments. Not to be published.</source>
        <translation>INTERN UDGAVE: indeholder de lukkede punkter og bilag. Må ikke offentliggøres.</translation>
    </message>
    <message>
        <source>Published version: closed items and closed attachments are left out.</source>
        <translation>Offentlig udgave: lukkede punkter og lukkede bilag udelades.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Vælg en fil.</translation>
    </message>
    <message>
        <source>The document was not written</source>
        <translation>Dokumentet blev ikke skrevet</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
    <message>
        <source>Wrote {path} and {pdf}</source>
        <translation>Skrev {path} og {pdf}</translation>
    </message>
    <message>
        <source>Nothing found: no CPR numbers, e-mail addresses, phone numbers, listed names or closed text, and the document is accessible.</source>
        <translation>Intet fundet: ingen CPR-numre, e-mailadresser, telefonnumre, navne fra listen eller tekst fra lukkede punkter, og dokumentet er tilgængeligt.</translation>
    </message>
    <message>
        <source>Check before publishing</source>
        <translation>Tjek før offentliggørelse</translation>
    </message>
    <message>
        <source>The published document holds a CPR number:

{lines}

Publish it anyway?</source>
        <translation>Det offentlige dokument indeholder et CPR-nummer:

{lines}

Offentliggør det alligevel?</translation>
    </message>
    <message>
        <source>The check before publishing found:

{lines}

Write the document anyway?</source>
        <translation>Tjekket før offentliggørelse fandt:

{lines}

Skriv dokumentet alligevel?</translation>
    </message>
    <message>
        <source>The document is written:
{path}

Open it now?</source>
        <translation>Dokumentet er skrevet:
{path}

Vil du åbne det nu?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Rediger opfølgning</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (optional)</source>
        <translation>dd.mm.åååå (kan udelades)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Hvem:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>H&amp;vad:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>item {n}</source>
        <translation>pkt. {n}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>frist {date}</translation>
    </message>
    <message>
        <source>Done {when} by {who}</source>
        <translation>Udført {when} af {who}</translation>
    </message>
    <message>
        <source>Double-click to open the meeting at the item</source>
        <translation>Dobbeltklik for at åbne mødet ved punktet</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <source>Show done</source>
        <translation>Vis afsluttede</translation>
    </message>
    <message>
        <source>Open the meeting at the item</source>
        <translation>Åbn mødet ved punktet</translation>
    </message>
    <message>
        <source>Edit …</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>&amp;Word …</source>
        <translation>&amp;Word …</translation>
    </message>
    <message>
        <source>The follow-ups shown, as a Word document</source>
        <translation>De viste opfølgninger som Word-dokument</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No follow-ups</source>
        <translation>Ingen opfølgninger</translation>
    </message>
    <message>
        <source>No open follow-ups</source>
        <translation>Ingen åbne opfølgninger</translation>
    </message>
    <message>
        <source>A follow-up needs someone to do it</source>
        <translation>En opfølgning skal have en ansvarlig</translation>
    </message>
    <message>
        <source>Follow-ups as Word</source>
        <translation>Opfølgninger som Word</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <source>A length is a whole number of minutes, 0 or more.</source>
        <translation>En varighed er et helt antal minutter, 0 eller flere.</translation>
    </message>
    <message>
        <source>“{value}” is not a time. Write it as 9.00 or 09:00.</source>
        <translation>“{value}” er ikke et klokkeslæt. Skriv det som 9.00 eller 09:00.</translation>
    </message>
    <message>
        <source>There is no item {number}.</source>
        <translation>Der er intet punkt {number}.</translation>
    </message>
    <message>
        <source>Timed grid</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>Ny række</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Fjern række</translation>
    </message>
    <message>
        <source>Item into the grid (Ctrl+Shift+G)</source>
        <translation>Punktet i tidsplanen (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>A row for the item chosen above, as long as similar items took at past meetings</source>
        <translation>En række til det valgte punkt, så lang som lignende punkter tog på tidligere møder</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Ret varighed</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Ret tidspunkt</translation>
    </message>
    <message>
        <source>Link row to item</source>
        <translation>Knyt række til punkt</translation>
    </message>
    <message>
        <source>Public text of a closed row</source>
        <translation>Offentlig tekst i lukket række</translation>
    </message>
    <message>
        <source>Edit row</source>
        <translation>Ret række</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Flyt række</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Tilføj række</translation>
    </message>
    <message>
        <source>Item {n} is in the grid already, at {time}.</source>
        <translation>Punkt {n} er allerede i tidsplanen, kl. {time}.</translation>
    </message>
    <message>
        <source>Item {n} into the grid</source>
        <translation>Punkt {n} i tidsplanen</translation>
    </message>
    <message>
        <source>Item {n} is in the grid at {time}, {length} min.</source>
        <translation>Punkt {n} er sat i tidsplanen kl. {time}, {length} min.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Closed item (left out of the published version)</source>
        <translation>Lukket sag (udelades i den offentlige udgave)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Case no.:</source>
        <translation>Sagsnr.:</translation>
    </message>
    <message>
        <source>&amp;Journal no.:</source>
        <translation>&amp;Journalnr.:</translation>
    </message>
    <message>
        <source>Text. A blank line starts a new paragraph; '- ' a bullet (indent two spaces per level); '1.' a numbered point; **bold**, *italic*.</source>
        <translation>Tekst. En tom linje starter et nyt afsnit; '- ' en punktopstilling (ryk to mellemrum ind pr. niveau); '1.' et nummereret punkt; **fed**, *kursiv*.</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fed (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+8)</source>
        <translation>Punktopstilling (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Nummereret liste (Ctrl+Shift+7)</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Tilføj afsnit</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Fjern afsnit</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Overskrift:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Dokumentnr.</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Tilføj bilag</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Fjern bilag</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>[Timed grid]</source>
        <translation>[Tidsplan]</translation>
    </message>
    <message>
        <source>[Forward plan]</source>
        <translation>[Kommende møder]</translation>
    </message>
    <message>
        <source>[Points awaiting a date]</source>
        <translation>[Punkter som afventer dato]</translation>
    </message>
    <message>
        <source>[Follow-ups due]</source>
        <translation>[Opfølgninger til mødet]</translation>
    </message>
    <message>
        <source>(text without heading)</source>
        <translation>(tekst uden overskrift)</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Ret punkt</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Ret afsnit</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nyt afsnit</translation>
    </message>
    <message>
        <source>Reorder sections</source>
        <translation>Flyt afsnit</translation>
    </message>
    <message>
        <source>Edit attachments</source>
        <translation>Ret bilag</translation>
    </message>
    <message>
        <source>New attachment</source>
        <translation>Nyt bilag</translation>
    </message>
</context>
<context>
    <name>LiveCase</name>
    <message>
        <source>Whole case (Ctrl+Shift+I)</source>
        <translation>Hele sagen (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Participants … (Ctrl+Shift+D)</source>
        <translation>Deltagere … (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Item starts now (Ctrl+Shift+T)</source>
        <translation>Punktet begynder nu (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Indstilling</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Hele sagen</translation>
    </message>
    <message>
        <source>(The item has no Indstilling)</source>
        <translation>(Punktet har ingen indstilling)</translation>
    </message>
    <message>
        <source>Planned {start}, {n} min.</source>
        <translation>Planlagt {start}, {n} min.</translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation>startede {time}</translation>
    </message>
    <message>
        <source>{n} min. late</source>
        <translation>{n} min. senere</translation>
    </message>
    <message>
        <source>{n} min. early</source>
        <translation>{n} min. tidligere</translation>
    </message>
    <message>
        <source>took {n} min.</source>
        <translation>varede {n} min.</translation>
    </message>
</context>
<context>
    <name>LiveItemsModel</name>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
</context>
<context>
    <name>LivePane</name>
    <message>
        <source>The board's decision on this item …</source>
        <translation>Direktionens beslutning i punktet …</translation>
    </message>
    <message>
        <source>◀ Previous item (Alt+↑)</source>
        <translation>◀ Forrige punkt (Alt+↑)</translation>
    </message>
    <message>
        <source>Next item (Ctrl+Enter) ▶</source>
        <translation>Næste punkt (Ctrl+Enter) ▶</translation>
    </message>
    <message>
        <source>Current item by the clock (Ctrl+J)</source>
        <translation>Aktuelt punkt efter uret (Ctrl+J)</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gemt {time}</translation>
    </message>
    <message>
        <source>NOT SAVED – retrying: {why}</source>
        <translation>IKKE GEMT – prøver igen: {why}</translation>
    </message>
    <message>
        <source>closed item</source>
        <translation>lukket punkt</translation>
    </message>
    <message>
        <source>Time {time}</source>
        <translation>Kl. {time}</translation>
    </message>
    <message>
        <source>Time {time} · by the grid: {start} {title}</source>
        <translation>Kl. {time} · efter tidsplanen: {start} {title}</translation>
    </message>
    <message>
        <source>Not in the timed grid</source>
        <translation>Ikke i tidsplanen</translation>
    </message>
    <message>
        <source>Planned {start}–{end}</source>
        <translation>Planlagt {start}–{end}</translation>
    </message>
    <message>
        <source>{n} min. behind</source>
        <translation>{n} min. bagud</translation>
    </message>
    <message>
        <source>{n} min. ahead</source>
        <translation>{n} min. foran</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>til tiden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>dirdesk – {board}</source>
        <translation>dirdesk – {board}</translation>
    </message>
    <message>
        <source>Forward plan</source>
        <translation>Kommende møder</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Dagsorden</translation>
    </message>
    <message>
        <source>&amp;Minutes (live)</source>
        <translation>&amp;Referat (live)</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gemt {time}</translation>
    </message>
    <message>
        <source>NOT SAVED – retrying: {why}</source>
        <translation>IKKE GEMT – prøver igen: {why}</translation>
    </message>
    <message>
        <source>Someone else changed the meeting; their changes are shown: {what}</source>
        <translation>En anden har ændret mødet; deres ændringer vises nu: {what}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Eksportér til Word…</translation>
    </message>
    <message>
        <source>Export meeting &amp;calendar (.ics)…</source>
        <translation>Eksportér &amp;mødekalender (.ics) …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Search all meetings…</source>
        <translation>&amp;Søg i alle møder …</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <source>Mark as &amp;next step</source>
        <translation>Markér næste &amp;trin</translation>
    </message>
    <message>
        <source>&amp;History and versions…</source>
        <translation>&amp;Historik og versioner …</translation>
    </message>
    <message>
        <source>&amp;Political calendar…</source>
        <translation>&amp;Politisk kalender …</translation>
    </message>
    <message>
        <source>Board &amp;settings…</source>
        <translation>Udvalgets &amp;indstillinger …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Half-year in the forward plan</source>
        <translation>&amp;Halvår i oversigten over kommende møder</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About dirdesk</source>
        <translation>&amp;Om dirdesk</translation>
    </message>
    <message>
        <source>About dirdesk</source>
        <translation>Om dirdesk</translation>
    </message>
    <message>
        <source>dirdesk {version}

Agenda, minutes and forward plan of the board.</source>
        <translation>dirdesk {version}

Dagsorden, referat og oversigt over kommende møder for direktionen.</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Mødet kan ikke åbnes</translation>
    </message>
    <message>
        <source>dirdesk – {board}, {date} · {status}</source>
        <translation>dirdesk – {board}, {date} · {status}</translation>
    </message>
    <message>
        <source>Mark the agenda as &amp;issued</source>
        <translation>Markér dagsordenen som &amp;udsendt</translation>
    </message>
    <message>
        <source>Mark the meeting as &amp;held</source>
        <translation>Markér mødet som &amp;afholdt</translation>
    </message>
    <message>
        <source>Mark the minutes as &amp;signed…</source>
        <translation>Markér referatet som &amp;underskrevet …</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Underskriv referatet</translation>
    </message>
    <message>
        <source>Mark the minutes of {date} as signed by the members? After this, a change makes a new version.</source>
        <translation>Markér referatet fra {date} som underskrevet af medlemmerne? Herefter giver en ændring en ny version.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Open a meeting first.</source>
        <translation>Åbn først et møde.</translation>
    </message>
</context>
<context>
    <name>MeetingDates</name>
    <message>
        <source>Edit note</source>
        <translation>Ret bemærkning</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Aflys møde</translation>
    </message>
    <message>
        <source>{date} has passed; choose a coming date.</source>
        <translation>{date} er passeret; vælg en kommende dato.</translation>
    </message>
    <message>
        <source>The board already has a meeting on {date}. Choose another date.</source>
        <translation>Udvalget har allerede et møde {date}. Vælg en anden dato.</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Flyt møde</translation>
    </message>
    <message>
        <source>Hold the meeting after all</source>
        <translation>Ophæv aflysning</translation>
    </message>
</context>
<context>
    <name>MeetingDialogs</name>
    <message>
        <source>The meeting was changed by someone else</source>
        <translation>Mødet er ændret af en anden</translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation>Det har de ændret:</translation>
    </message>
    <message>
        <source>(nothing you can see)</source>
        <translation>(intet synligt)</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>Brug deres version</translation>
    </message>
    <message>
        <source>Keep my change</source>
        <translation>Behold min ændring</translation>
    </message>
    <message>
        <source>The decision was changed by someone else</source>
        <translation>Beslutningen er ændret af en anden</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Deres:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Din:</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Behold min tekst</translation>
    </message>
    <message>
        <source>Take their text</source>
        <translation>Brug deres tekst</translation>
    </message>
    <message>
        <source>The minutes are signed</source>
        <translation>Referatet er underskrevet</translation>
    </message>
    <message>
        <source>The minutes of {date} are signed. The change is saved as version {n}, and the minutes must be signed again.

Reason for the change:</source>
        <translation>Referatet fra {date} er underskrevet. Ændringen gemmes som version {n}, og referatet skal underskrives igen.

Årsag til ændringen:</translation>
    </message>
    <message>
        <source>History of the meeting {date}</source>
        <translation>Historik for mødet {date}</translation>
    </message>
    <message>
        <source>Version {n} · {status}</source>
        <translation>Version {n} · {status}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versioner:</translation>
    </message>
</context>
<context>
    <name>MeetingPreview</name>
    <message>
        <source>opening the database …</source>
        <translation>åbner databasen …</translation>
    </message>
</context>
<context>
    <name>MeetingState</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Agenda issued</source>
        <translation>Dagsorden udsendt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Read-only: the minutes are signed. A change makes a new version, which must be signed again.</source>
        <translation>Skrivebeskyttet: referatet er underskrevet. En ændring bliver en ny version, som skal underskrives igen.</translation>
    </message>
    <message>
        <source>&amp;New version …</source>
        <translation>&amp;Ny version …</translation>
    </message>
    <message>
        <source>Read-only: the meeting has been held. It is shown as it was; change it only on purpose.</source>
        <translation>Skrivebeskyttet: mødet er afholdt. Det vises, som det var; ret kun i det, hvis det er meningen.</translation>
    </message>
    <message>
        <source>&amp;Edit the meeting</source>
        <translation>&amp;Redigér mødet</translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <source>Move meeting</source>
        <translation>Flyt møde</translation>
    </message>
    <message>
        <source>Hold the meeting of {date} on another date:
its agenda and planned points go with it.</source>
        <translation>Hold mødet {date} på en anden dato:
dagsorden og planlagte punkter flytter med.</translation>
    </message>
    <message>
        <source>Move the meeting</source>
        <translation>Flyt mødet</translation>
    </message>
    <message>
        <source>Note: {date} is {reason}.</source>
        <translation>Bemærk: {date} er {reason}.</translation>
    </message>
</context>
<context>
    <name>OpenMeeting</name>
    <message>
        <source>Version {n} created; sign the minutes again</source>
        <translation>Version {n} er oprettet; referatet skal underskrives igen</translation>
    </message>
    <message>
        <source>the disk has not answered for {n} s</source>
        <translation>disken har ikke svaret i {n} s</translation>
    </message>
</context>
<context>
    <name>OpeningPlaceholder</name>
    <message>
        <source>Opening the database …</source>
        <translation>Åbner databasen …</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>Participants in item {n}</source>
        <translation>Deltagere i punkt {n}</translation>
    </message>
    <message>
        <source>Name (role), e.g. Bettina Andersen (Økonomichef)</source>
        <translation>Navn (rolle), fx Bettina Andersen (Økonomichef)</translation>
    </message>
    <message>
        <source>&amp;Add guest</source>
        <translation>&amp;Tilføj gæst</translation>
    </message>
    <message>
        <source>&amp;Guests (take part in the item):</source>
        <translation>&amp;Gæster (deltager under behandlingen):</translation>
    </message>
    <message>
        <source>&amp;Present at the start</source>
        <translation>Til stede ved &amp;mødets start</translation>
    </message>
    <message>
        <source>A&amp;way for this item</source>
        <translation>&amp;Fraværende under punktet</translation>
    </message>
    <message>
        <source>&amp;Inhabil in this item</source>
        <translation>&amp;Inhabil i punktet</translation>
    </message>
    <message>
        <source>A&amp;rrives at this item</source>
        <translation>&amp;Ankommer ved punktet</translation>
    </message>
    <message>
        <source>&amp;Leaves after this item</source>
        <translation>&amp;Går efter punktet</translation>
    </message>
    <message>
        <source>The interest register: {lines}. Tick them under Inhabil if the secretariat confirms.</source>
        <translation>Interesseregistret: {lines}. Sæt flueben under Inhabil, hvis sekretariatet bekræfter.</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>&amp;Open meeting</source>
        <translation>&amp;Åbn mødet</translation>
    </message>
    <message>
        <source>&amp;New point…</source>
        <translation>&amp;Nyt punkt…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ret</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>&amp;Fjern punkt</translation>
    </message>
    <message>
        <source>Move to &amp;previous meeting</source>
        <translation>Flyt til &amp;forrige møde</translation>
    </message>
    <message>
        <source>Move to ne&amp;xt meeting</source>
        <translation>Flyt til &amp;næste møde</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Ret &amp;bemærkning</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting…</source>
        <translation>&amp;Aflys mødet…</translation>
    </message>
    <message>
        <source>&amp;Hold the meeting after all</source>
        <translation>&amp;Ophæv aflysningen</translation>
    </message>
    <message>
        <source>Mo&amp;ve meeting…</source>
        <translation>Fl&amp;yt møde …</translation>
    </message>
    <message>
        <source>&amp;Closed periods and holidays…</source>
        <translation>&amp;Lukkeperioder og ferier …</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>Flyt &amp;til</translation>
    </message>
    <message>
        <source>Points awaiting a date</source>
        <translation>Punkter som afventer dato</translation>
    </message>
    <message>
        <source>New point awaiting a date – type and press Enter</source>
        <translation>Nyt punkt uden dato – skriv og tryk Enter</translation>
    </message>
    <message>
        <source>New point for {meeting} – type and press Enter</source>
        <translation>Nyt punkt til {meeting} – skriv og tryk Enter</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>{date}: no meeting – {reason}</source>
        <translation>{date}: intet møde – {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Aflyst: {reason}</translation>
    </message>
    <message>
        <source>{date}: double-click or Enter opens the meeting</source>
        <translation>{date}: dobbeltklik eller Enter åbner mødet</translation>
    </message>
    <message>
        <source>{date}: no agenda yet</source>
        <translation>{date}: endnu ingen dagsorden</translation>
    </message>
    <message>
        <source>{date} is {reason}: move or cancel the meeting?</source>
        <translation>{date} er {reason}: flyt eller aflys mødet?</translation>
    </message>
    <message>
        <source>Closed period: no meetings from {start} to {end}</source>
        <translation>Lukket periode: ingen møder fra {start} til {end}</translation>
    </message>
    <message>
        <source>Points awaiting a date</source>
        <translation>Punkter som afventer dato</translation>
    </message>
    <message>
        <source>Points not yet given a meeting: drag them to a date, or Alt+Up</source>
        <translation>Punkter som endnu ikke har fået et møde: træk dem til en dato, eller brug Alt+↑</translation>
    </message>
    <message>
        <source>not on the agenda</source>
        <translation>ikke på dagsordenen</translation>
    </message>
    <message>
        <source>{text}
(carried over from the meeting on {date})</source>
        <translation>{text}
(overført fra mødet den {date})</translation>
    </message>
    <message>
        <source>Not on the meeting's agenda yet</source>
        <translation>Står endnu ikke på mødets dagsorden</translation>
    </message>
</context>
<context>
    <name>PlanPane</name>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Plan the point for the chosen meeting (Enter)</source>
        <translation>Planlæg punktet til det valgte møde (Enter)</translation>
    </message>
    <message>
        <source>Drag points between meetings, or Alt+↑/↓. Ctrl+↑/↓ reorders, Insert adds, F2 edits, Del removes. Enter on a date opens its agenda.</source>
        <translation>Træk punkter mellem møderne, eller brug Alt+↑/↓. Ctrl+↑/↓ flytter inden for mødet, Insert tilføjer, F2 retter, Del fjerner. Enter på en dato åbner mødets dagsorden.</translation>
    </message>
    <message>
        <source>The half-year: meetings until {date}</source>
        <translation>Halvåret: møder til og med {date}</translation>
    </message>
    <message>
        <source>The next three meetings (Ctrl+H: the half-year)</source>
        <translation>De tre næstkommende møder (Ctrl+H: halvåret)</translation>
    </message>
    <message>
        <source>{date} is cancelled.</source>
        <translation>{date} er aflyst.</translation>
    </message>
    <message>
        <source>{date} has no agenda yet.

Create it from the standing items?</source>
        <translation>{date} har endnu ingen dagsorden.

Vil du oprette den ud fra de stående punkter?</translation>
    </message>
    <message>
        <source>{date} has no agenda yet.

Create it from the standing items and the one point planned for the date?</source>
        <translation>{date} har endnu ingen dagsorden.

Vil du oprette den ud fra de stående punkter og det punkt, der er planlagt til dagen?</translation>
    </message>
    <message>
        <source>{date} has no agenda yet.

Create it from the standing items and the {count} points planned for the date?</source>
        <translation>{date} har endnu ingen dagsorden.

Vil du oprette den ud fra de stående punkter og de {count} punkter, der er planlagt til dagen?</translation>
    </message>
    <message>
        <source>New agenda</source>
        <translation>Ny dagsorden</translation>
    </message>
    <message>
        <source>The forward plan has changed meanwhile; that step no longer applies.</source>
        <translation>Oversigten over kommende møder er ændret i mellemtiden; det trin kan ikke længere udføres.</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>Edit point</source>
        <translation>Ret punkt</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Fjern punkt</translation>
    </message>
    <message>
        <source>Move point</source>
        <translation>Flyt punkt</translation>
    </message>
</context>
<context>
    <name>PoliticalCalendarDialog</name>
    <message>
        <source>Political calendar</source>
        <translation>Politisk kalender</translation>
    </message>
    <message>
        <source>The political committees' meetings. A new agenda's first item lists those held since the board's last meeting and those coming.</source>
        <translation>De politiske udvalgs møder. Punkt 1 på en ny dagsorden nævner dem, der er afholdt siden direktionens seneste møde, og de kommende.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ret …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>&amp;Import .ics…</source>
        <translation>&amp;Importér .ics …</translation>
    </message>
    <message>
        <source>Delete {meeting} on {date}?</source>
        <translation>Slet {meeting} den {date}?</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importér kalender</translation>
    </message>
    <message>
        <source>Calendar (*.ics);;All files (*)</source>
        <translation>Kalender (*.ics);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.

{why}</source>
        <translation>Intet blev importeret.

{why}</translation>
    </message>
    <message>
        <source>{added} meetings added, {updated} updated.</source>
        <translation>{added} møder tilføjet, {updated} opdateret.</translation>
    </message>
    <message>
        <source>{skipped} events that are not a political committee's meeting were left out.</source>
        <translation>{skipped} begivenheder, der ikke er et politisk udvalgs møde, blev sprunget over.</translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message>
        <source>on the meeting {date}</source>
        <translation>på mødet {date}</translation>
    </message>
    <message>
        <source>among the points awaiting a date</source>
        <translation>blandt punkterne uden dato</translation>
    </message>
    <message>
        <source>The decision postpones the item (“{words}”).</source>
        <translation>Beslutningen udsætter punktet (»{words}«).</translation>
    </message>
    <message>
        <source>Put it in the forward plan {where}</source>
        <translation>Sæt det på forward plan {where}</translation>
    </message>
    <message>
        <source>The meeting {date} already has an agenda.</source>
        <translation>Mødet {date} har allerede en dagsorden.</translation>
    </message>
    <message>
        <source>Put “{title}” on its agenda</source>
        <translation>Sæt “{title}” på dens dagsorden</translation>
    </message>
    <message>
        <source>{owner} follows up</source>
        <translation>{owner} følger op</translation>
    </message>
    <message>
        <source>Add to the follow-up list</source>
        <translation>Tilføj til opfølgningslisten</translation>
    </message>
    <message>
        <source>Not now (Shift+F9 for the first)</source>
        <translation>Ikke nu (Shift+F9 for det første)</translation>
    </message>
    <message>
        <source>“{title}” is in the forward plan {where}</source>
        <translation>»{title}« er sat på forward plan {where}</translation>
    </message>
    <message>
        <source>“{title}” is on the agenda of {date}</source>
        <translation>“{title}” er sat på dagsordenen for {date}</translation>
    </message>
    <message>
        <source>Follow-up added: {owner}</source>
        <translation>Opfølgning tilføjet: {owner}</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Search all meetings …</source>
        <translation>Søg i alle møder …</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Intet fundet</translation>
    </message>
    <message>
        <source>{n} found, newest first</source>
        <translation>{n} fundet, nyeste først</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>Version {n}: signed, kept {at} by {who}{reason}</source>
        <translation>Version {n}: underskrevet, gemt {at} af {who}{reason}</translation>
    </message>
    <message>
        <source>Version {n}: now ({status})</source>
        <translation>Version {n}: nu ({status})</translation>
    </message>
    <message>
        <source>{date} – version {n} (read-only)</source>
        <translation>{date} – version {n} (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>What has changed – {date}</source>
        <translation>Hvad er ændret – {date}</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Show the &amp;whole meeting</source>
        <translation>Vis &amp;hele mødet</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Ingen forskelle.</translation>
    </message>
    <message>
        <source>&amp;Open version</source>
        <translation>&amp;Åbn version</translation>
    </message>
    <message>
        <source>&amp;What has changed …</source>
        <translation>&amp;Hvad er ændret …</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>Welcome to dirdesk</source>
        <translation>Velkommen til dirdesk</translation>
    </message>
    <message>
        <source>The database is empty. Begin by setting up the board whose meetings dirdesk keeps: its name, where and when it meets, and its members. The coming meetings are then planned half a year ahead.</source>
        <translation>Databasen er tom. Begynd med at oprette udvalget, hvis møder dirdesk skal holde styr på: navn, hvor og hvornår det mødes, og medlemmerne. De kommende møder planlægges derefter et halvt år frem.</translation>
    </message>
    <message>
        <source>&amp;Set up the board …</source>
        <translation>&amp;Opret udvalget …</translation>
    </message>
    <message>
        <source>Start from the standing items of the board's agendas:</source>
        <translation>Start med de faste punkter fra direktionens dagsordener:</translation>
    </message>
    <message>
        <source>&amp;Import a meeting file …</source>
        <translation>&amp;Importér en mødefil …</translation>
    </message>
    <message>
        <source>A meeting file (.json, dirdesk-meeting/1) brings its board, members and forward plan with it.</source>
        <translation>En mødefil (.json, dirdesk-meeting/1) har udvalget, medlemmerne og forward planen med.</translation>
    </message>
    <message>
        <source>Fill with &amp;example meetings (demo)</source>
        <translation>Fyld med &amp;eksempelmøder (demo)</translation>
    </message>
    <message>
        <source>Three meetings of the reference documents, a coming meeting and a forward plan: to look around. Not for real use.</source>
        <translation>Tre møder fra referencedokumenterne, et kommende møde og en forward plan: til at se sig omkring. Ikke til rigtig brug.</translation>
    </message>
    <message>
        <source>Set up the board</source>
        <translation>Opret udvalget</translation>
    </message>
    <message>
        <source>Import a meeting file</source>
        <translation>Importér en mødefil</translation>
    </message>
    <message>
        <source>Meeting files (*.json);;All files (*)</source>
        <translation>Mødefiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {reason}</source>
        <translation>{path}: kan ikke læses: {reason}</translation>
    </message>
</context>
<context>
    <name>dirdesk</name>
    <message>
        <source>Something unexpected went wrong. What you have typed is saved.

Please send the details below to whoever supports dirdesk.</source>
        <translation>Der skete en uventet fejl. Det, du har skrevet, er gemt.

Send venligst detaljerne herunder til den, der supporterer dirdesk.</translation>
    </message>
</context>
</TS>