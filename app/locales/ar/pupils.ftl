# PagoScuola · العربية (ar) · the office: classes, pupils and payers
# native-speaker-review: no

pupils-title = التلاميذ
pupils-page-title = التلاميذ: { $school }
pupils-pupil-title = التلميذ: { $name }
pupils-import-page-title = استيراد التلاميذ: { $school }
pupils-back-to-list = العودة إلى التلاميذ


## The list

pupils-stat-pupils = تلميذًا في المدرسة
pupils-without-payer = تلاميذ بلا وليّ أمر مسجَّل
pupils-import-link = استيراد التلاميذ من ملف CSV
pupils-add-pupil-link = إضافة تلميذ
pupils-classes-title = الصفوف
pupils-classes-none = لا توجد صفوف في المدرسة بعد: أضف الصف الأول أدناه.
pupils-class-column = الصف
pupils-pupils-column = التلاميذ
pupils-without-payer-column = بلا وليّ أمر مسجَّل
pupils-add-class-title = إضافة صف
pupils-class-name-label = اسم الصف
pupils-class-name-hint = كما يظهر في الإشعارات، مثلًا 3ª A primaria (30 حرفًا على الأكثر).
pupils-add-class-button = أضف الصف
pupils-list-title = قائمة التلاميذ
pupils-search-label = البحث عن تلميذ
pupils-search-hint = اسم العائلة أو الاسم أو الرمز الضريبي، ولو جزئيًا.
pupils-all-classes = كل الصفوف
pupils-search-button = بحث
pupils-found = التلاميذ الذين عُثر عليهم: { $count }
pupils-found-without-payer = تلاميذ بلا وليّ أمر مسجَّل: { $count }
pupils-name-column = اسم العائلة والاسم
pupils-cf-column = الرمز الضريبي
pupils-payers-column = أولياء الأمور
pupils-payers-none-see = لا يرى أيّ وليّ أمر التلميذ (المسجَّلون: { $payers })
pupils-payers-see = { $seeing } من { $payers } يرون التلميذ
pupils-pages-label = صفحات القائمة
pupils-page-of = الصفحة { $page } من { $pages }
pupils-previous-page = الصفحة السابقة
pupils-next-page = الصفحة التالية


## Adding a pupil

pupils-add-pupil-title = إضافة تلميذ
pupils-class-first = قبل إضافة تلميذ أضف صفّه.
pupils-pupil-cf-label = الرمز الضريبي للتلميذ
pupils-surname-label = اسم العائلة
pupils-given-name-label = الاسم
pupils-first-payer-title = وليّ الأمر أو الوصيّ الأول
pupils-first-payer-hint = من يدفع عن التلميذ. مع البريد الإلكتروني الذي أعطته الأسرة للمدرسة، يرى وليّ الأمر الذي يسجّل بهذا البريد التلميذ فورًا؛ ومن دونه يحتاج إلى رمز التفعيل.
pupils-payer-cf-label = الرمز الضريبي لوليّ الأمر
pupils-payer-surname-label = اسم عائلة وليّ الأمر
pupils-payer-given-name-label = اسم وليّ الأمر
pupils-payer-email-label = البريد الإلكتروني لوليّ الأمر (اختياري)
pupils-add-pupil-button = أضف التلميذ


## One pupil

pupils-data-title = بيانات التلميذ
pupils-save-button = احفظ البيانات
pupils-nobody-sees = لا يرى أيّ وليّ أمر هذا التلميذ ولا إشعاراته بعد: سجّل بريد أحد الوالدين أو أعطه رمز تفعيل.
pupils-payers-title = أولياء الأمور والأوصياء
pupils-payers-intro = يرى وليّ الأمر التلميذ وإشعاراته عندما يسجّل بالبريد الإلكتروني الذي دوّنته المدرسة هنا، أو بعد إدخال رمز التفعيل الذي تسلّمه المدرسة له.
pupils-activation-link = رموز التفعيل
pupils-payers-none = لا يوجد وليّ أمر مسجَّل لهذا التلميذ.
pupils-payer-state-label = يرى التلميذ
pupils-payer-by-email = نعم، بالبريد الإلكتروني المسجَّل
pupils-payer-by-code = نعم، برمز التفعيل
pupils-payer-not-yet = ليس بعد
pupils-save-email-button = احفظ البريد الإلكتروني
pupils-remove-payer-button = أزِل وليّ الأمر هذا
pupils-add-payer-title = إضافة وليّ أمر أو وصيّ
pupils-add-payer-button = أضف وليّ الأمر
pupils-class-added = أُضيف الصف.
pupils-pupil-added = أُضيف التلميذ.
pupils-pupil-saved = حُفظت بيانات التلميذ.
pupils-payer-added = أُضيف وليّ الأمر.
pupils-payer-saved = حُفظ البريد الإلكتروني لوليّ الأمر.
pupils-payer-removed = أُزيل وليّ الأمر.


## Importing a CSV file

pupils-import-title = استيراد التلاميذ وأولياء الأمور
pupils-upload-title = حمّل الملف
pupils-upload-intro = ملف CSV فيه سطر لكل تلميذ، وفي السطر نفسه أولياء أمره. يحمل السطر الأول أسماء الأعمدة، بأيّ ترتيب:
pupils-format-columns = التلميذ:
pupils-format-payers = كل وليّ أمر، مرقّمًا من 1 (ثم _2، _3؛ البريد الإلكتروني اختياري):
pupils-format-optional = اختياري، يُقارن بالرمز الضريبي:
pupils-format-file = الملف بترميز UTF-8 (في Excel: «CSV UTF-8»)، والأعمدة مفصولة بفاصلة منقوطة أو بفاصلة.
pupils-format-rules = يجب أن تكون الصفوف موجودة مسبقًا. التلميذ الموجود في المدرسة بالاسم نفسه يُحدَّث (الصف وأولياء الأمور). إذا كان في أيّ سطر خطأ فلا يُستورد شيء: صحّح الملف وحمّله من جديد.
pupils-sample-download = نزّل ملفًا نموذجيًا
pupils-file-label = ملف CSV للتلاميذ
pupils-file-hint = 4 ميغابايت على الأكثر (نحو 20.000 سطر).
pupils-upload-button = تحقّق واستورد
pupils-imported = التلاميذ المستوردون: { $count }
pupils-imported-detail = من الملف { $file }: { $added } تلاميذ جدد، و{ $updated } محدَّثون، و{ $payers } أولياء أمور مسجَّلون.
pupils-see-list = اعرض قائمة التلاميذ
pupils-nothing-imported = لم يُستورد أيّ تلميذ
pupils-report-summary = في الملف { $file } مشكلات عددها { $problems } في { $lines } أسطر. لم يُستورد شيء: صحّح الأسطر المبيّنة وحمّل الملف من جديد.
pupils-report-download = نزّل قائمة المشكلات (CSV)
pupils-report-more = تعرض القائمة أعلاه أول 1.000 مشكلة: الملف المنزَّل يحتوي عليها كلها.
pupils-report-line = السطر
pupils-report-column = العمود
pupils-report-reason = المشكلة
pupils-column-file = الملف كله
pupils-column-position = العمود { $position }


## Problems of a cell, a row or the file

pupils-reason-required = ناقص: هذا الحقل إلزامي.
pupils-reason-cf-length = يجب أن يتكوّن الرمز الضريبي من 16 حرفًا.
pupils-reason-cf-pattern = شكل الرمز الضريبي غير صحيح (6 أحرف، رقمان، حرف، رقمان، حرف، 3 أرقام، حرف).
pupils-reason-cf-check = الرمز الضريبي غير صالح: حرف التحقق الأخير لا يطابق.
pupils-reason-cf-surname = اسم العائلة لا يطابق الرمز الضريبي.
pupils-reason-cf-name = الاسم لا يطابق الرمز الضريبي.
pupils-reason-cf-birth-date = تاريخ الميلاد لا يطابق الرمز الضريبي.
pupils-reason-date-format = تاريخ غير صالح: اكتبه بالشكل يوم/شهر/سنة (dd/mm/yyyy).
pupils-reason-name-latin = استخدم الأحرف اللاتينية فقط (مع العلامات)، والمسافات، والفواصل العليا، والشرطات.
pupils-reason-name-long = طويل جدًا: 60 حرفًا على الأكثر.
pupils-reason-class-long = اسم الصف طويل جدًا: 30 حرفًا على الأكثر.
pupils-reason-class-characters = في اسم الصف أحرف غير مسموح بها.
pupils-reason-email = عنوان بريد إلكتروني غير صالح.
pupils-reason-unknown-class = لا يوجد هذا الصف في المدرسة: أضفه أولًا في صفحة التلاميذ.
pupils-reason-duplicate-in-file = تلميذ مكرَّر: موجود أصلًا في السطر { $line } من الملف.
pupils-reason-other-names = لدى المدرسة هذا الرمز الضريبي باسم عائلة أو اسم آخر: تحقّق أيّهما الصحيح.
pupils-reason-no-payer = لا يوجد وليّ أمر: يلزم الأول على الأقل (الرمز الضريبي واسم العائلة والاسم).
pupils-reason-payer-twice = يظهر وليّ الأمر نفسه مرتين للتلميذ.
pupils-reason-missing-column = عمود ناقص في السطر الأول.
pupils-reason-duplicate-column = عمود مكرَّر في السطر الأول.
pupils-reason-unknown-column = عمود غير معروف في السطر الأول: تحقّق من كتابة اسمه.
pupils-reason-extra-cell = قيمة خارج أعمدة السطر الأول.
pupils-reason-not-utf8 = الملف ليس بترميز UTF-8: في Excel احفظه بصيغة «CSV UTF-8».
pupils-reason-no-rows = لا يحتوي الملف على تلاميذ.
pupils-reason-too-many-rows = عدد كبير جدًا من التلاميذ في ملف واحد: { $max } على الأكثر. قسّمه إلى عدة ملفات.
pupils-reason-unreadable = سطر غير مقروء: ربما علامة اقتباس غير مغلقة.
pupils-reason-no-file = لم يُختر أيّ ملف.
pupils-reason-class-exists = هذا الصف موجود أصلًا في المدرسة.
pupils-reason-pupil-exists = لدى المدرسة تلميذ بهذا الرمز الضريبي.
pupils-reason-payer-exists = وليّ الأمر هذا مسجَّل أصلًا للتلميذ.
pupils-reason-too-large = الملف كبير جدًا: 4 ميغابايت على الأكثر. قسّمه إلى عدة ملفات.
