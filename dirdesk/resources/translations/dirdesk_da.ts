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
        <source>Settings of {board}</source>
        <translation>{owner} indstillinger</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Medlemmer:</translation>
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
        <source>The settings of {board} are saved.</source>
        <translation>{owner} indstillinger er gemt.</translation>
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
    <message numerus="yes">
        <source>{label} added; %n planned meeting(s) cancelled.</source>
        <translation>
            <numerusform>{label} er tilføjet; %n planlagt møde er aflyst.</numerusform>
            <numerusform>{label} er tilføjet; %n planlagte møder er aflyst.</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} changed.</source>
        <translation>{label} er ændret.</translation>
    </message>
    <message numerus="yes">
        <source>{label} removed; %n meeting(s) held again.</source>
        <translation>
            <numerusform>{label} er fjernet; %n møde holdes igen.</numerusform>
            <numerusform>{label} er fjernet; %n møder holdes igen.</numerusform>
        </translation>
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
        <translation>&amp;Vælg …</translation>
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
        <translation>&amp;Vælg …</translation>
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
        <source>Exporting …</source>
        <translation>Eksporterer …</translation>
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
    <name>FormatBar</name>
    <message>
        <source>Bold</source>
        <translation>Fed</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fed (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Punktopstilling</translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+8)</source>
        <translation>Punktopstilling (Ctrl+Skift+8)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummereret liste</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Nummereret liste (Ctrl+Skift+7)</translation>
    </message>
    <message>
        <source>Decrease indent</source>
        <translation>Formindsk indrykning</translation>
    </message>
    <message>
        <source>Decrease indent (Shift+Tab in a list)</source>
        <translation>Formindsk indrykning (Skift+Tab i en liste)</translation>
    </message>
    <message>
        <source>Increase indent</source>
        <translation>Forøg indrykning</translation>
    </message>
    <message>
        <source>Increase indent (Tab in a list)</source>
        <translation>Forøg indrykning (Tab i en liste)</translation>
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
        <source>Put in the grid</source>
        <translation>Sæt i tidsplanen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Not in the grid: {items}</source>
        <translation>Ikke i tidsplanen: {items}</translation>
    </message>
    <message>
        <source>Put items in the grid</source>
        <translation>Sæt punkter i tidsplanen</translation>
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
    <name>ItemChoiceDelegate</name>
    <message>
        <source>(no item)</source>
        <translation>(intet punkt)</translation>
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
        <source>Text. Enter starts a new paragraph, Shift+Enter a new line; Ctrl+B bold, Ctrl+I italic; '- ' or '1. ' at the start begins a list.</source>
        <translation>Tekst. Enter begynder et nyt afsnit, Skift+Enter en ny linje; Ctrl+B fed, Ctrl+I kursiv; '- ' eller '1. ' først på linjen begynder en liste.</translation>
    </message>
    <message>
        <source>Usual sections</source>
        <translation>Sædvanlige afsnit</translation>
    </message>
    <message>
        <source>Add the usual sections the item lacks: {headings}</source>
        <translation>Tilføj de sædvanlige afsnit, punktet mangler: {headings}</translation>
    </message>
    <message>
        <source>Show as in the document</source>
        <translation>Vis som i dokumentet</translation>
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
    <message>
        <source>Add usual sections</source>
        <translation>Tilføj sædvanlige afsnit</translation>
    </message>
</context>
<context>
    <name>ItemPreview</name>
    <message>
        <source>Closed case</source>
        <translation>Lukket sag</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Åben sag</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Bilag:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>[The timed grid is printed here]</source>
        <translation>[Her trykkes tidsplanen]</translation>
    </message>
    <message>
        <source>[The forward plan is printed here]</source>
        <translation>[Her trykkes oversigten over kommende møder]</translation>
    </message>
    <message>
        <source>[The points awaiting a date are printed here]</source>
        <translation>[Her trykkes punkterne, der venter på en dato]</translation>
    </message>
    <message>
        <source>[The follow-ups due are printed here]</source>
        <translation>[Her trykkes de opfølgninger, der forfalder]</translation>
    </message>
</context>
<context>
    <name>LayoutKeeper</name>
    <message>
        <source>Meeting &amp;facts in the agenda</source>
        <translation>&amp;Mødeoplysninger i dagsordenen</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Nulstil layout</translation>
    </message>
    <message>
        <source>Panes, columns and the window's size as the first time on this screen</source>
        <translation>Ruder, kolonner og vinduets størrelse som første gang på denne skærm</translation>
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
        <source>◀ Previous (Alt+↑)</source>
        <translation>◀ Forrige (Alt+↑)</translation>
    </message>
    <message>
        <source>The previous item</source>
        <translation>Det forrige punkt</translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter) ▶</source>
        <translation>Næste (Ctrl+Enter) ▶</translation>
    </message>
    <message>
        <source>The next item; after the last, the meeting ends</source>
        <translation>Det næste punkt; efter det sidste slutter mødet</translation>
    </message>
    <message>
        <source>By the clock (Ctrl+J)</source>
        <translation>Efter uret (Ctrl+J)</translation>
    </message>
    <message>
        <source>The item the timed grid says is under way now</source>
        <translation>Det punkt, tidsplanen siger er i gang nu</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gemt kl. {time}</translation>
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
        <translation>Gemt kl. {time}</translation>
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
        <source>Spelling is off: no Danish dictionary was found (on Debian: apt install hunspell-da)</source>
        <translation>Stavekontrol er slået fra: der er ikke fundet en dansk ordbog (på Debian: apt install hunspell-da)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Eksportér til Word …</translation>
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
        <source>&amp;Settings of {board}…</source>
        <translation>{owner} &amp;indstillinger …</translation>
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
        <translation>Markér referatet fra mødet {date} som underskrevet af medlemmerne? Herefter giver en ændring en ny version.</translation>
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
        <source>{board} already has a meeting on {date}. Choose another date.</source>
        <translation>{board} har allerede et møde {date}. Vælg en anden dato.</translation>
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
        <translation>Referatet fra mødet {date} er underskrevet. Ændringen gemmes som version {n}, og referatet skal underskrives igen.

Årsag til ændringen:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Replaced by an import</source>
        <translation>Erstattet ved import</translation>
    </message>
    <message>
        <source>Drafted from the coming meetings</source>
        <translation>Oprettet ud fra kommende møder</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Decisions written</source>
        <translation>Beslutninger skrevet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Agenda issued</source>
        <translation>Dagsorden udsendt</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Mødet afholdt</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Referat underskrevet</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Moved here</source>
        <translation>Flyttet hertil</translation>
    </message>
    <message>
        <source>Item carried over</source>
        <translation>Punkt udsat</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Anden ændring</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>fra {date}</translation>
    </message>
    <message>
        <source>awaiting a date</source>
        <translation>afventer dato</translation>
    </message>
    <message>
        <source>the meeting {date}</source>
        <translation>mødet {date}</translation>
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
    <message>
        <source>Changes not saved</source>
        <translation>Ændringer ikke gemt</translation>
    </message>
    <message>
        <source>The last changes to the meeting could not be saved: the database did not take them. dirdesk keeps trying while the window is open. Close anyway and lose them?</source>
        <translation>De sidste ændringer i mødet kunne ikke gemmes: databasen tog ikke imod dem. dirdesk bliver ved med at prøve, mens vinduet er åbent. Vil du lukke alligevel og miste dem?</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Luk og mist dem</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Hold vinduet åbent</translation>
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
    <name>NumberCheck</name>
    <message>
        <source>KLE NN.NN.NN</source>
        <translation>KLE NN.NN.NN</translation>
    </message>
    <message>
        <source>The KLE journal number: NN.NN.NN, with its facet if it has one (e.g. G01)</source>
        <translation>KLE-journalnummeret: NN.NN.NN, med facet hvis det har en (fx G01)</translation>
    </message>
    <message>
        <source>YY/NNNN</source>
        <translation>ÅÅ/NNNN</translation>
    </message>
    <message>
        <source>The case number: the year's two digits / the serial number</source>
        <translation>Sagsnummeret: årets to cifre / løbenummeret</translation>
    </message>
    <message>
        <source>The journal number "{number}" is not a KLE number: write it as NN.NN.NN, followed by its facet if it has one (e.g. G01).</source>
        <translation>Journalnummeret "{number}" er ikke et KLE-nummer: skriv det som NN.NN.NN, efterfulgt af facetten, hvis der er en (fx G01).</translation>
    </message>
    <message>
        <source>The case number "{number}" must be written YY/NNNN: the year's two digits, a slash and the serial number.</source>
        <translation>Sagsnummeret "{number}" skal skrives ÅÅ/NNNN: årets to cifre, en skråstreg og løbenummeret.</translation>
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
        <translation>&amp;Nyt punkt …</translation>
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
        <translation>&amp;Aflys mødet …</translation>
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
    <message numerus="yes">
        <source>%n meeting(s) added</source>
        <translation>
            <numerusform>%n møde tilføjet</numerusform>
            <numerusform>%n møder tilføjet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n ændret.</numerusform>
            <numerusform>%n ændret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) that are not a political committee's meeting left out.</source>
        <translation>
            <numerusform>%n begivenhed, der ikke er et politisk udvalgs møde, blev sprunget over.</numerusform>
            <numerusform>%n begivenheder, der ikke er et politisk udvalgs møde, blev sprunget over.</numerusform>
        </translation>
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
        <translation>blandt punkterne, der afventer dato</translation>
    </message>
    <message>
        <source>The decision postpones the item (“{words}”).</source>
        <translation>Beslutningen udsætter punktet (»{words}«).</translation>
    </message>
    <message>
        <source>Put it in the forward plan {where}</source>
        <translation>Sæt det {where}</translation>
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
        <translation>»{title}« er sat {where}</translation>
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
    <name>SuggestionMenu</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(ingen forslag)</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Tilføj til ordbog</translation>
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
        <translation>En mødefil (.json, dirdesk-meeting/1) har navn, medlemmer og kommende møder med.</translation>
    </message>
    <message>
        <source>Fill with &amp;example meetings (demo)</source>
        <translation>Fyld med &amp;eksempelmøder (demo)</translation>
    </message>
    <message>
        <source>Three meetings of the reference documents, a coming meeting and a forward plan: to look around. Not for real use.</source>
        <translation>Tre møder fra referencedokumenterne, et kommende møde og en oversigt over kommende møder: til at se sig omkring. Ikke til rigtig brug.</translation>
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
<context>
    <name>Message</name>
    <message>
        <source> at {hour}:{minute}:{second}</source>
        <translation> kl. {hour}.{minute}</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> af {who}</translation>
    </message>
    <message>
        <source>--for-member "{name}": not a member of the meeting of {day} (members: {people})</source>
        <translation>--for-member "{name}": ikke medlem ved mødet {day} (medlemmer: {people})</translation>
    </message>
    <message>
        <source>BEGIN without a name</source>
        <translation>BEGIN uden navn</translation>
    </message>
    <message>
        <source>BEGIN:{component} before the one on line {inside} has ended (END:{component} missing?)</source>
        <translation>BEGIN:{component}, før den på linje {inside} er afsluttet (mangler END:{component}?)</translation>
    </message>
    <message>
        <source>BEGIN:{component} is never ended (END:{component})</source>
        <translation>BEGIN:{component} afsluttes aldrig (END:{component})</translation>
    </message>
    <message>
        <source>Backed up the database {url} to {target}</source>
        <translation>Tog backup af databasen {url} til {target}</translation>
    </message>
    <message>
        <source>DURATION {value} is not a duration</source>
        <translation>DURATION {value} er ikke en varighed</translation>
    </message>
    <message>
        <source>Demo database ready at {url}: {summary}</source>
        <translation>Demodatabase klar i {url}: {summary}</translation>
    </message>
    <message>
        <source>END:{component} but BEGIN:{open} is open</source>
        <translation>END:{component}, men BEGIN:{open} er åben</translation>
    </message>
    <message>
        <source>END:{component} but nothing is open</source>
        <translation>END:{component}, men intet er åben</translation>
    </message>
    <message>
        <source>Forward plan: {meetings} new coming meetings, {points} planned points, {undated} awaiting a date, {periods} closed periods</source>
        <translation>Kommende møder: {meetings} nye møder, {points} planlagte punkter, {undated} afventer dato, {periods} lukkeperioder</translation>
    </message>
    <message>
        <source>Imported the meeting of {board} on {date}: {items} items, {rows} grid rows, {attachments} attachments</source>
        <translation>Importerede mødet i {board} {date}: {items} punkter, {rows} rækker i tidsplanen, {attachments} bilag</translation>
    </message>
    <message>
        <source>LibreOffice ({program}) cannot be started: {reason}</source>
        <translation>LibreOffice ({program}) kan ikke startes: {reason}</translation>
    </message>
    <message>
        <source>LibreOffice could not lay the document out ({fault})</source>
        <translation>LibreOffice kunne ikke sætte dokumentet op ({fault})</translation>
    </message>
    <message>
        <source>LibreOffice did not finish within {seconds} seconds</source>
        <translation>LibreOffice blev ikke færdig inden for {seconds} sekunder</translation>
    </message>
    <message>
        <source>LibreOffice is not installed</source>
        <translation>LibreOffice er ikke installeret</translation>
    </message>
    <message>
        <source>LibreOffice is not installed – PDF needs LibreOffice</source>
        <translation>LibreOffice er ikke installeret – PDF kræver LibreOffice</translation>
    </message>
    <message>
        <source>LibreOffice stopped with status {code}</source>
        <translation>LibreOffice stoppede med status {code}</translation>
    </message>
    <message>
        <source>LibreOffice stopped with status {code}: {detail}</source>
        <translation>LibreOffice stoppede med status {code}: {detail}</translation>
    </message>
    <message>
        <source>LibreOffice wrote no PDF</source>
        <translation>LibreOffice skrev ingen PDF</translation>
    </message>
    <message>
        <source>LibreOffice wrote no PDF ({detail})</source>
        <translation>LibreOffice skrev ingen PDF ({detail})</translation>
    </message>
    <message>
        <source>LibreOffice's layout lacks some headings</source>
        <translation>LibreOffices opsætning mangler nogle overskrifter</translation>
    </message>
    <message>
        <source>Replaced the meeting of {board} on {date}: {items} items, {rows} grid rows, {attachments} attachments</source>
        <translation>Erstattede mødet i {board} {date}: {items} punkter, {rows} rækker i tidsplanen, {attachments} bilag</translation>
    </message>
    <message>
        <source>Restored the database {url} from {source}</source>
        <translation>Genskabte databasen {url} fra {source}</translation>
    </message>
    <message>
        <source>Restored the database {url} from {source}; the database as it was is kept in {safety}</source>
        <translation>Genskabte databasen {url} fra {source}; databasen, som den var, er gemt i {safety}</translation>
    </message>
    <message>
        <source>The forward plan as it stands now (--keep-plan keeps the agenda's):</source>
        <translation>Kommende møder, som planen står nu (--keep-plan beholder dagsordenens):</translation>
    </message>
    <message>
        <source>The last changes to the meeting open could not be saved yet; it stays open, nothing lost. dirdesk tries again.</source>
        <translation>De sidste ændringer i det åbne møde kunne endnu ikke gemmes; det bliver stående åbent, og intet går tabt. dirdesk prøver igen af sig selv.</translation>
    </message>
    <message>
        <source>The signed minutes were kept as version {kept}; this is version {version}, to be signed again</source>
        <translation>Det underskrevne referat er gemt som version {kept}; dette er version {version} og skal underskrives igen</translation>
    </message>
    <message>
        <source>Wrote its PDF to {pdf}</source>
        <translation>Skrev PDF'en til {pdf}</translation>
    </message>
    <message>
        <source>Wrote the internal {kind} for {member} of {date} to {target}</source>
        <translation>Skrev {kind} (intern udgave til {member}) for {date} til {target}</translation>
    </message>
    <message>
        <source>Wrote the internal {kind} of {date} to {target}</source>
        <translation>Skrev {kind} (intern udgave) for {date} til {target}</translation>
    </message>
    <message>
        <source>Wrote the published {kind} of {date} to {target}</source>
        <translation>Skrev {kind} (offentlig udgave) for {date} til {target}</translation>
    </message>
    <message>
        <source>a calendar inside a calendar</source>
        <translation>en kalender inde i en kalender</translation>
    </message>
    <message>
        <source>a closed period ends before it starts</source>
        <translation>Lukkeperioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>a closed period needs a name</source>
        <translation>Lukkeperioden skal have et navn.</translation>
    </message>
    <message>
        <source>a committee meeting needs a committee</source>
        <translation>Et udvalgsmøde skal have et udvalg</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>en tekst eller null</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>et heltal</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>Udvalget</translation>
    </message>
    <message>
        <source>contains a NUL character (\u0000), which no database can store</source>
        <translation>indeholder et NUL-tegn (\u0000), som ingen database kan gemme</translation>
    </message>
    <message>
        <source>contains {value}, half of a UTF-16 pair and not a character</source>
        <translation>indeholder {value}, halvdelen af et UTF-16-par og ikke et tegn</translation>
    </message>
    <message>
        <source>date {value} is already in the plan (rows[{other}])</source>
        <translation>datoen {value} står allerede i planen (rows[{other}])</translation>
    </message>
    <message>
        <source>end {end} is before start {start}</source>
        <translation>slut {end} er før start {start}</translation>
    </message>
    <message>
        <source>expected a section {{"heading", "text"}} or an insert {{"insert"}}</source>
        <translation>skal være et afsnit {{"heading", "text"}} eller en indsættelse {{"insert"}}</translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>skal være {expected}, er {found}</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indeks</translation>
    </message>
    <message>
        <source>interest register, line {number}: write the member's name, a colon and the interest (Jonas Kroustrup: Djurs Vand A/S)</source>
        <translation>Interesseregistret, linje {number}: skriv medlemmets navn, kolon og interessen (Jonas Kroustrup: Djurs Vand A/S).</translation>
    </message>
    <message>
        <source>interest register, line {number}: {member} is not a member of the board</source>
        <translation>Interesseregistret, linje {number}: {member} er ikke blandt medlemmerne.</translation>
    </message>
    <message>
        <source>is {length} characters long; the database holds at most {limit}</source>
        <translation>er {length} tegn lang; databasen kan højst gemme {limit}</translation>
    </message>
    <message>
        <source>is {size} bytes long (UTF-8); the search index holds at most {limit} in one text</source>
        <translation>er {size} byte lang (UTF-8); søgeindekset kan højst rumme {limit} i én tekst</translation>
    </message>
    <message>
        <source>it begins with {first}, not BEGIN:VCALENDAR</source>
        <translation>den begynder med {first}, ikke BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>it has a {kind} {name!r} that dirdesk's schema does not have</source>
        <translation>den har en {kind} {name!r}, som dirdesks skema ikke har</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>it is a folder, not a meeting file</source>
        <translation>det er en mappe, ikke en mødefil</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Stedet</translation>
    </message>
    <message>
        <source>member {number} has no name</source>
        <translation>Medlem nr. {number} mangler et navn.</translation>
    </message>
    <message>
        <source>missing required property "{name}"</source>
        <translation>mangler egenskaben "{name}"</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Navnet</translation>
    </message>
    <message>
        <source>no ':' in {line}</source>
        <translation>intet ':' i {line}</translation>
    </message>
    <message>
        <source>no display: dirdesk's window needs a graphical desktop (no DISPLAY or WAYLAND_DISPLAY is set). Run it from a desktop session, or under a virtual screen with {command}, or without any window with QT_QPA_PLATFORM=offscreen. The commands import, dump, export and demo work without a display.</source>
        <translation>ingen skærm: dirdesks vindue kræver et grafisk skrivebord (hverken DISPLAY eller WAYLAND_DISPLAY er sat). Start det fra et skrivebord, på en virtuel skærm med {command}, eller helt uden vindue med QT_QPA_PLATFORM=offscreen. Kommandoerne import, dump, export og demo virker uden skærm.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte {byte} at position {pos}</source>
        <translation>ikke UTF-8-tekst: byte {byte} på position {pos}</translation>
    </message>
    <message>
        <source>not a regular file (a device or a pipe), not a meeting file</source>
        <translation>ikke en almindelig fil (en enhed eller en pipe), ikke en mødefil</translation>
    </message>
    <message>
        <source>not a valid calendar file (.ics): line {line}: {fault}</source>
        <translation>Ikke en gyldig kalenderfil (.ics): linje {line}: {fault}</translation>
    </message>
    <message>
        <source>not a valid calendar file (.ics): {fault}</source>
        <translation>Ikke en gyldig kalenderfil (.ics): {fault}</translation>
    </message>
    <message>
        <source>not valid JSON: {detail} (line {line}, column {column})</source>
        <translation>ikke gyldig JSON: {detail} (linje {line}, kolonne {column})</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>parameter {part} has no '='</source>
        <translation>parameteren {part} har intet '='</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ingen adgang</translation>
    </message>
    <message>
        <source>property {name} given twice</source>
        <translation>egenskaben {name} er angivet to gange</translation>
    </message>
    <message>
        <source>refers to item {value}, but the meeting has {count} items</source>
        <translation>henviser til punkt {value}, men mødet har {count} punkter</translation>
    </message>
    <message>
        <source>several boards meet on {date} ({names}); name one with --board</source>
        <translation>flere mødefora mødes {date} ({names}); vælg et med --board</translation>
    </message>
    <message>
        <source>standing item {number} ({title}) places an insert twice</source>
        <translation>Fast punkt nr. {number} ({title}) indsætter det samme indhold to gange.</translation>
    </message>
    <message>
        <source>standing item {number} has no title</source>
        <translation>Fast punkt nr. {number} mangler en titel.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>text after END:VCALENDAR</source>
        <translation>tekst efter END:VCALENDAR</translation>
    </message>
    <message>
        <source>the board needs a name</source>
        <translation>Navnet mangler.</translation>
    </message>
    <message>
        <source>the connection to the database server was lost ({detail})</source>
        <translation>forbindelsen til databaseserveren blev afbrudt ({detail})</translation>
    </message>
    <message>
        <source>the database is read-only (no permission to write to it or its folder)</source>
        <translation>databasen er skrivebeskyttet (ingen adgang til at skrive i den eller dens mappe)</translation>
    </message>
    <message>
        <source>the decision of item {number} ({title}) was changed by someone else</source>
        <translation>Beslutningen til punkt {number} ({title}) er ændret af en anden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the event (BEGIN:VEVENT) has no DTSTART</source>
        <translation>begivenheden (BEGIN:VEVENT) har ingen DTSTART</translation>
    </message>
    <message>
        <source>the file has more than {limit} entries in its lists (items, sections, attachments, grid rows, people, plan rows and points together)</source>
        <translation>filen har mere end {limit} elementer i sine lister (punkter, afsnit, bilag, rækker i tidsplanen, personer, rækker og punkter i planen tilsammen)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is {size} MB; a meeting file holds at most {limit} MB</source>
        <translation>filen er {size} MB; en mødefil må højst fylde {limit} MB</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappen findes ikke</translation>
    </message>
    <message>
        <source>the forward plan has {count} rows; at most {limit}</source>
        <translation>oversigten over kommende møder har {count} rækker; højst {limit}</translation>
    </message>
    <message>
        <source>the item was removed from the meeting on {date} by someone else; the decision was not saved</source>
        <translation>Punktet er fjernet fra mødet {date} af en anden; beslutningen er ikke gemt</translation>
    </message>
    <message>
        <source>the meeting must start ({start}) before it ends ({end})</source>
        <translation>Starttidspunktet ({start}) skal ligge før sluttidspunktet ({end}).</translation>
    </message>
    <message>
        <source>the meeting of {board} on {date} was changed by someone else during the import; nothing was imported: import again to replace their version</source>
        <translation>Mødet i {board} {date} blev ændret af en anden under importen; intet er importeret: importér igen for at erstatte deres udgave</translation>
    </message>
    <message>
        <source>the meeting on {date} is held; it cannot move</source>
        <translation>Mødet {date} er afholdt og kan ikke flyttes.</translation>
    </message>
    <message>
        <source>the meeting on {date} was changed{by}{at} after you opened it</source>
        <translation>Mødet {date} er ændret{by}{at}, efter at du åbnede det</translation>
    </message>
    <message>
        <source>the minutes of {date} are signed and were not replaced; import with --new-version REASON to keep them as version {version} and import this as version {next}</source>
        <translation>Referatet fra mødet {date} er underskrevet og er ikke erstattet; importér med --new-version BEGRUNDELSE for at gemme det som version {version} og importere dette som version {next}</translation>
    </message>
    <message>
        <source>the minutes of {date} are signed; make a new version to change them</source>
        <translation>Referatet fra mødet {date} er underskrevet; opret en ny version for at ændre det</translation>
    </message>
    <message>
        <source>the note of the meeting on {date} was changed by someone else</source>
        <translation>Bemærkningen til mødet {date} er ændret af en anden</translation>
    </message>
    <message>
        <source>the weekday is not a weekday</source>
        <translation>Mødedagen er ikke en ugedag.</translation>
    </message>
    <message>
        <source>the {field} is longer than {limit} characters</source>
        <translation>{field} er længere end {limit} tegn</translation>
    </message>
    <message>
        <source>the {kind} {name!r} is not as dirdesk's schema has it</source>
        <translation>{kind} {name!r} er ikke, som dirdesks skema har den</translation>
    </message>
    <message>
        <source>the {kind} {name!r} of dirdesk's schema is missing</source>
        <translation>{kind} {name!r} fra dirdesks skema mangler</translation>
    </message>
    <message>
        <source>there is no board called {board!r}</source>
        <translation>der er intet mødeforum med navnet {board!r}</translation>
    </message>
    <message>
        <source>there is no meeting on {date}</source>
        <translation>der er intet møde {date}</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>type the members: at least one, with title and name</source>
        <translation>Skriv medlemmerne: mindst ét, med titel og navn.</translation>
    </message>
    <message>
        <source>uid</source>
        <translation>UID'en</translation>
    </message>
    <message>
        <source>unknown format {value}; expected "dirdesk-meeting/1"</source>
        <translation>ukendt format {value}; forventet "dirdesk-meeting/1"</translation>
    </message>
    <message>
        <source>unknown property {name}</source>
        <translation>ukendt egenskab {name}</translation>
    </message>
    <message>
        <source>view</source>
        <translation>visning</translation>
    </message>
    <message>
        <source>{board} already has a meeting on {date}; choose another date</source>
        <translation>{board} har allerede et møde {date}. Vælg en anden dato.</translation>
    </message>
    <message>
        <source>{board} already has a meeting on {date}; use --replace to replace it</source>
        <translation>{board} har allerede et møde {date}; brug --replace for at erstatte det</translation>
    </message>
    <message>
        <source>{board} has no meeting on {date}</source>
        <translation>{board} har intet møde {date}</translation>
    </message>
    <message>
        <source>{date}: the meeting has no agenda (no items): there is no REFERAT to write</source>
        <translation>{date}: mødet har ingen dagsorden (ingen punkter): der er intet REFERAT at skrive</translation>
    </message>
    <message>
        <source>{docx} cannot be read: {reason}</source>
        <translation>{docx} kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>{fault}. Replace it?</source>
        <translation>{fault}. Erstat det?</translation>
    </message>
    <message>
        <source>{folder}: cannot make the data folder for the database: {reason}</source>
        <translation>{folder}: kan ikke oprette datamappen til databasen: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a property name</source>
        <translation>{name} er ikke et egenskabsnavn</translation>
    </message>
    <message>
        <source>{name} {value} is not a date or a time</source>
        <translation>{name} {value} er ikke en dato eller et tidspunkt</translation>
    </message>
    <message>
        <source>{path} is already open in dirdesk (process {pid} on {host}); close that window first, or open another database</source>
        <translation>Databasen {path} er allerede åben i dirdesk (proces {pid} på {host}). Luk det andet vindue først, eller åbn en anden database.</translation>
    </message>
    <message>
        <source>{path}: cannot back up: {fault}</source>
        <translation>{path}: kan ikke tage backup: {fault}</translation>
    </message>
    <message>
        <source>{path}: cannot open the database: the folder {folder} does not exist</source>
        <translation>{path}: kan ikke åbne databasen: mappen {folder} findes ikke</translation>
    </message>
    <message>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}: kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot restore: {fault}; nothing was restored</source>
        <translation>{path}: kan ikke genskabe: {fault}; intet er genskabt</translation>
    </message>
    <message>
        <source>{path}: cannot upgrade: the copy of the database before the upgrade could not be made ({reason}); nothing was changed</source>
        <translation>{path}: kan ikke opgradere: kopien af databasen før opgraderingen kunne ikke laves ({reason}); intet blev ændret</translation>
    </message>
    <message>
        <source>{path}: list {number} in the base document has no definition</source>
        <translation>{path}: liste {number} i basisdokumentet har ingen definition</translation>
    </message>
    <message>
        <source>{path}: the base document cannot be read: {fault}</source>
        <translation>{path}: basisdokumentet kan ikke læses: {fault}</translation>
    </message>
    <message>
        <source>{path}: the base document does not exist</source>
        <translation>{path}: basisdokumentet findes ikke</translation>
    </message>
    <message>
        <source>{path}: the base document is not a Word document (.docx): {fault}</source>
        <translation>{path}: basisdokumentet er ikke et Word-dokument (.docx): {fault}</translation>
    </message>
    <message>
        <source>{path}: the base document lacks the {kind} style "{name}"</source>
        <translation>{path}: basisdokumentet mangler typografien "{name}" (type {kind})</translation>
    </message>
    <message>
        <source>{path}: the database is open in dirdesk (or another program); close it and try again; nothing was restored</source>
        <translation>{path}: databasen er åben i dirdesk (eller et andet program); luk den og prøv igen; intet er genskabt</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: mappen {folder} findes ikke</translation>
    </message>
    <message>
        <source>{path}: the list of names does not exist</source>
        <translation>{path}: listen over navne findes ikke</translation>
    </message>
    <message>
        <source>{path}: the style "{name}" in the base document has no list numbering</source>
        <translation>{path}: typografien "{name}" i basisdokumentet har ingen punkttegn eller nummerering</translation>
    </message>
    <message>
        <source>{path}: the style "{name}" in the base document is a {kind} style, not a {needed} style</source>
        <translation>{path}: typografien "{name}" i basisdokumentet har den forkerte type ({kind}, skal være {needed})</translation>
    </message>
    <message>
        <source>{path}: there is no database to back up</source>
        <translation>{path}: der er ingen database at tage backup af</translation>
    </message>
    <message>
        <source>{reason}: the page numbers of the table of contents are filled in when Word updates the fields (Word asks when the document is opened)</source>
        <translation>{reason}: indholdsfortegnelsens sidetal udfyldes, når Word opdaterer felterne (Word spørger, når dokumentet åbnes)</translation>
    </message>
    <message>
        <source>{source}: its content cannot be read ({detail}); nothing was restored</source>
        <translation>{source}: indholdet kan ikke læses ({detail}); intet er genskabt</translation>
    </message>
    <message>
        <source>{source}: made by a newer version of dirdesk (schema {revision}); this program knows schemas up to {head}; nothing was restored</source>
        <translation>{source}: lavet af en nyere version af dirdesk (skema {revision}); dette program kender skemaer til og med {head}; intet er genskabt</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: filen findes ikke</translation>
    </message>
    <message>
        <source>{source}: not a dirdesk database as schema {revision} has it: {difference}; nothing was restored</source>
        <translation>{source}: ikke en dirdesk-database, som skema {revision} har den: {difference}; intet er genskabt</translation>
    </message>
    <message>
        <source>{source}: not a dirdesk database; nothing was restored</source>
        <translation>{source}: ikke en dirdesk-database; intet er genskabt</translation>
    </message>
    <message>
        <source>{source}: not a valid calendar file (.ics): line {line}: {fault}</source>
        <translation>{source}: ikke en gyldig kalenderfil (.ics): linje {line}: {fault}</translation>
    </message>
    <message>
        <source>{source}: not a valid calendar file (.ics): {fault}</source>
        <translation>{source}: ikke en gyldig kalenderfil (.ics): {fault}</translation>
    </message>
    <message>
        <source>{source}: that is the database itself</source>
        <translation>{source}: det er selve databasen</translation>
    </message>
    <message>
        <source>{source}: the database has broken references ({table} row {row} refers to a missing {parent}); nothing was restored</source>
        <translation>{source}: databasen har brudte henvisninger ({table} række {row} henviser til en manglende {parent}); intet er genskabt</translation>
    </message>
    <message>
        <source>{source}: the database is damaged ({fault}); nothing was restored</source>
        <translation>{source}: databasen er beskadiget ({fault}); intet er genskabt</translation>
    </message>
    <message>
        <source>{source}: the file is {size} MB; a meeting file holds at most {limit} MB</source>
        <translation>{source}: filen er {size} MB; en mødefil må højst fylde {limit} MB</translation>
    </message>
    <message>
        <source>{system}</source>
        <translation>{system}</translation>
    </message>
    <message>
        <source>{target}: a Word document's name ends in .docx</source>
        <translation>{target}: et Word-dokuments navn ender på .docx</translation>
    </message>
    <message>
        <source>{target}: cannot write: {reason}</source>
        <translation>{target}: kan ikke skrive: {reason}</translation>
    </message>
    <message>
        <source>{target}: cannot write: {reason}; none of the files was written</source>
        <translation>{target}: kan ikke skrive: {reason}; ingen af filerne blev skrevet</translation>
    </message>
    <message>
        <source>{target}: not written: the check before publishing found a CPR number (see above); remove it, or write the document anyway with --force</source>
        <translation>{target}: ikke skrevet: tjekket før offentliggørelse fandt et CPR-nummer (se ovenfor); fjern det, eller skriv dokumentet alligevel med --force</translation>
    </message>
    <message>
        <source>{target}: that is the database itself; a backup goes to another file</source>
        <translation>{target}: det er selve databasen; en backup skal i en anden fil</translation>
    </message>
    <message>
        <source>{target}: the PDF was not written: {reason}</source>
        <translation>{target}: PDF'en blev ikke skrevet: {reason}</translation>
    </message>
    <message>
        <source>{target}: the Word document cannot have the PDF's name (.pdf)</source>
        <translation>{target}: Word-dokumentet kan ikke have PDF'ens navn (.pdf)</translation>
    </message>
    <message>
        <source>{text}: not a date that exists (expected YYYY-MM-DD)</source>
        <translation>{text}: ikke en dato, der findes (forventet ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>{url}: no driver for this kind of database ({fault})</source>
        <translation>{url}: ingen driver til denne slags database ({fault})</translation>
    </message>
    <message>
        <source>{url}: not a database URL (expected e.g. sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/db)</source>
        <translation>{url}: ikke en database-URL (forventet fx sqlite:///sti/til/fil.sqlite3 eller postgresql+psycopg://bruger@vært/db)</translation>
    </message>
    <message>
        <source>{url}: not a database URL: the port {port!r} is not a number</source>
        <translation>{url}: ikke en database-URL: porten {port!r} er ikke et tal</translation>
    </message>
    <message>
        <source>{value} is less than {minimum}</source>
        <translation>{value} er mindre end {minimum}</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} er ikke en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>{value} is not a date that exists</source>
        <translation>{value} er ikke en dato, der findes</translation>
    </message>
    <message>
        <source>{value} is not a member or absentee of the meeting</source>
        <translation>{value} er ikke medlem af eller fraværende fra mødet</translation>
    </message>
    <message>
        <source>{value} is not a time of day (HH:MM, 00:00 to 23:59)</source>
        <translation>{value} er ikke et klokkeslæt (TT:MM, 00:00 til 23:59)</translation>
    </message>
    <message>
        <source>{value} is not an insert; expected schedule, forward_plan, undated or follow_ups</source>
        <translation>{value} er ikke en indsættelse; forventet schedule, forward_plan, undated eller follow_ups</translation>
    </message>
    <message>
        <source>{where} is a shared PostgreSQL database: IT backs it up and restores it on the server, not dirdesk. Back up with: {dump}  Restore (with every dirdesk closed) with: {restore}</source>
        <translation>{where} er en delt PostgreSQL-database: IT tager backup af den og genskaber den på serveren, ikke dirdesk. Backup: {dump}  Genskab (med alle dirdesk lukket): {restore}</translation>
    </message>
    <message>
        <source>{where}: cannot open the database: it is read-only (no permission to write to it or its folder, or a read-only disk); nothing was changed</source>
        <translation>{where}: kan ikke åbne databasen: den er skrivebeskyttet (ingen adgang til at skrive i den eller dens mappe, eller en skrivebeskyttet disk); intet blev ændret</translation>
    </message>
    <message>
        <source>{where}: cannot open the database: {detail}</source>
        <translation>{where}: kan ikke åbne databasen: {detail}</translation>
    </message>
    <message>
        <source>{where}: not a dirdesk database (it has tables but no dirdesk schema version)</source>
        <translation>{where}: ikke en dirdesk-database (den har tabeller, men ingen dirdesk-skemaversion)</translation>
    </message>
    <message>
        <source>{where}: the database was made by a newer version of dirdesk (schema {current}); this program knows schemas up to {head}. Install the newer dirdesk to open it.</source>
        <translation>{where}: databasen er lavet af en nyere version af dirdesk (skema {current}); dette program kender skemaer til og med {head}. Installér den nyere dirdesk for at åbne den.</translation>
    </message>
    <message>
        <source>{where}: the upgrade left broken references: {problems}</source>
        <translation>{where}: opgraderingen efterlod brudte henvisninger: {problems}</translation>
    </message>
    <message>
        <source>{where}: {reason}; nothing was changed</source>
        <translation>{where}: {reason}; intet blev ændret</translation>
    </message>
</context>
</TS>