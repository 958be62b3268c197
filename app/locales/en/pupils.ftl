# PagoScuola · English (en) · the office: classes, pupils and payers
# native-speaker-review: no

pupils-title = Pupils
pupils-page-title = Pupils: { $school }
pupils-pupil-title = Pupil: { $name }
pupils-import-page-title = Import pupils: { $school }
pupils-back-to-list = Back to the pupils


## The list

pupils-stat-pupils = pupils at the school
pupils-without-payer = Pupils without a registered parent
pupils-import-link = Import pupils from a CSV file
pupils-add-pupil-link = Add a pupil
pupils-classes-title = Classes
pupils-classes-none = The school has no classes yet: add the first one below.
pupils-class-column = Class
pupils-pupils-column = Pupils
pupils-without-payer-column = Without a registered parent
pupils-add-class-title = Add a class
pupils-class-name-label = Class name
pupils-class-name-hint = As notices show it, for example 3ª A primaria (at most 30 characters).
pupils-add-class-button = Add the class
pupils-list-title = List of pupils
pupils-search-label = Find a pupil
pupils-search-hint = Surname, name or tax code, even in part.
pupils-all-classes = All classes
pupils-search-button = Search
pupils-found = Pupils found: { $count }
pupils-found-without-payer = Pupils without a registered parent: { $count }
pupils-name-column = Surname and name
pupils-cf-column = Tax code (codice fiscale)
pupils-payers-column = Parents
pupils-payers-none-see = No parent sees the pupil ({ $payers } recorded)
pupils-payers-see = { $seeing } of { $payers } see the pupil
pupils-pages-label = Pages of the list
pupils-page-of = Page { $page } of { $pages }
pupils-previous-page = Previous page
pupils-next-page = Next page


## Adding a pupil

pupils-add-pupil-title = Add a pupil
pupils-class-first = Before adding a pupil, add their class.
pupils-pupil-cf-label = Pupil's tax code
pupils-surname-label = Surname
pupils-given-name-label = Name
pupils-first-payer-title = First parent or guardian
pupils-first-payer-hint = Who pays for the pupil. With the email the family gave the school, the parent who registers with that email sees the pupil at once; without it, they need the activation code.
pupils-payer-cf-label = Parent's tax code
pupils-payer-surname-label = Parent's surname
pupils-payer-given-name-label = Parent's name
pupils-payer-email-label = Parent's email (optional)
pupils-add-pupil-button = Add the pupil


## One pupil

pupils-data-title = Pupil's details
pupils-save-button = Save the details
pupils-nobody-sees = No parent sees this pupil or their notices yet: record a parent's email or give them an activation code.
pupils-payers-title = Parents and guardians
pupils-payers-intro = A parent sees the pupil and their notices when they register with the email the school recorded here, or after entering the activation code the school gives them.
pupils-activation-link = Activation codes
pupils-payers-none = No parent recorded for this pupil.
pupils-payer-state-label = Sees the pupil
pupils-payer-by-email = Yes, with the recorded email
pupils-payer-by-code = Yes, with the activation code
pupils-payer-not-yet = Not yet
pupils-save-email-button = Save the email
pupils-remove-payer-button = Remove this parent
pupils-add-payer-title = Add a parent or guardian
pupils-add-payer-button = Add the parent
pupils-class-added = Class added.
pupils-pupil-added = Pupil added.
pupils-pupil-saved = Pupil's details saved.
pupils-payer-added = Parent added.
pupils-payer-saved = Parent's email saved.
pupils-payer-removed = Parent removed.


## Importing a CSV file

pupils-import-title = Import pupils and parents
pupils-upload-title = Upload the file
pupils-upload-intro = A CSV file with one line per pupil and, on the same line, their parents. The first line names the columns, in any order:
pupils-format-columns = the pupil:
pupils-format-payers = each parent, numbered from 1 (then _2, _3; the email is optional):
pupils-format-optional = optional, checked against the tax code:
pupils-format-file = the file is UTF-8 (in Excel: "CSV UTF-8"), with columns separated by semicolons or commas.
pupils-format-rules = Classes must exist already. A pupil the school already has, with the same name, is updated (class and parents). If any line has a problem nothing is imported: correct the file and upload it again.
pupils-sample-download = Download a sample file
pupils-file-label = CSV file of the pupils
pupils-file-hint = At most 4 MB (about 20,000 lines).
pupils-upload-button = Check and import
pupils-imported = Pupils imported: { $count }
pupils-imported-detail = From the file { $file }: { $added } new pupils, { $updated } updated, { $payers } parents recorded.
pupils-see-list = See the list of pupils
pupils-nothing-imported = No pupil imported
pupils-report-summary = The file { $file } has { $problems } problems on { $lines } lines. Nothing was imported: correct the lines shown and upload the file again.
pupils-report-download = Download the list of problems (CSV)
pupils-report-more = The list above shows the first 1,000 problems: the download has them all.
pupils-report-line = Line
pupils-report-column = Column
pupils-report-reason = Problem
pupils-column-file = whole file
pupils-column-position = column { $position }


## Problems of a cell, a row or the file

pupils-reason-required = Missing: this field is required.
pupils-reason-cf-length = The tax code must have 16 characters.
pupils-reason-cf-pattern = The tax code does not have the right shape (6 letters, 2 digits, 1 letter, 2 digits, 1 letter, 3 digits, 1 letter).
pupils-reason-cf-check = The tax code is not valid: its final check character does not match.
pupils-reason-cf-surname = The surname does not match the tax code.
pupils-reason-cf-name = The name does not match the tax code.
pupils-reason-cf-birth-date = The birth date does not match the tax code.
pupils-reason-date-format = Not a valid date: write it as dd/mm/yyyy.
pupils-reason-name-latin = Use only letters (accents allowed), spaces, apostrophes and hyphens.
pupils-reason-name-long = Too long: at most 60 characters.
pupils-reason-class-long = Class name too long: at most 30 characters.
pupils-reason-class-characters = The class name has characters that are not allowed.
pupils-reason-email = Not a valid email address.
pupils-reason-unknown-class = The school has no such class: add it first on the Pupils page.
pupils-reason-duplicate-in-file = Pupil repeated: already on line { $line } of the file.
pupils-reason-other-names = The school already has this tax code with another surname or name: check which is right.
pupils-reason-no-payer = No parent: at least the first one is needed (tax code, surname and name).
pupils-reason-payer-twice = The same parent appears twice for the pupil.
pupils-reason-missing-column = A column is missing from the first line.
pupils-reason-duplicate-column = A column is repeated in the first line.
pupils-reason-unknown-column = Unknown column in the first line: check how its name is spelt.
pupils-reason-extra-cell = A value beyond the columns of the first line.
pupils-reason-not-utf8 = The file is not UTF-8: in Excel save it as "CSV UTF-8".
pupils-reason-no-rows = The file has no pupils.
pupils-reason-too-many-rows = Too many pupils in one file: at most { $max }. Split it into several files.
pupils-reason-unreadable = Unreadable line: perhaps a quote left open.
pupils-reason-no-file = No file chosen.
pupils-reason-class-exists = The school already has this class.
pupils-reason-pupil-exists = The school already has a pupil with this tax code.
pupils-reason-payer-exists = This parent is already recorded for the pupil.
pupils-reason-too-large = The file is too large: at most 4 MB. Split it into several files.
