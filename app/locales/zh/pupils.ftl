# PagoScuola · 简体中文 (zh) · the office: classes, pupils and payers
# native-speaker-review: no

pupils-title = 学生
pupils-page-title = 学生：{ $school }
pupils-pupil-title = 学生：{ $name }
pupils-import-page-title = 导入学生：{ $school }
pupils-back-to-list = 返回学生列表


## The list

pupils-stat-pupils = 名在校学生
pupils-without-payer = 没有已登记家长的学生
pupils-import-link = 从 CSV 文件导入学生
pupils-add-pupil-link = 添加学生
pupils-classes-title = 班级
pupils-classes-none = 学校还没有班级：请在下方添加第一个班级。
pupils-class-column = 班级
pupils-pupils-column = 学生
pupils-without-payer-column = 没有已登记家长
pupils-add-class-title = 添加班级
pupils-class-name-label = 班级名称
pupils-class-name-hint = 与通知上显示的一致，例如 3ª A primaria（最多 30 个字符）。
pupils-add-class-button = 添加班级
pupils-list-title = 学生列表
pupils-search-label = 查找学生
pupils-search-hint = 姓、名或税号，可只输入一部分。
pupils-all-classes = 所有班级
pupils-search-button = 搜索
pupils-found = 找到的学生：{ $count }
pupils-found-without-payer = 没有已登记家长的学生：{ $count }
pupils-name-column = 姓和名
pupils-cf-column = 税号
pupils-payers-column = 家长
pupils-payers-none-see = 没有家长能看到该学生（已登记 { $payers } 位）
pupils-payers-see = { $payers } 位中有 { $seeing } 位能看到该学生
pupils-pages-label = 列表分页
pupils-page-of = 第 { $page } 页，共 { $pages } 页
pupils-previous-page = 上一页
pupils-next-page = 下一页


## Adding a pupil

pupils-add-pupil-title = 添加学生
pupils-class-first = 添加学生之前，请先添加其班级。
pupils-pupil-cf-label = 学生税号
pupils-surname-label = 姓
pupils-given-name-label = 名
pupils-first-payer-title = 第一位家长或监护人
pupils-first-payer-hint = 为学生付款的人。有了家庭提供给学校的电子邮箱，用该邮箱注册的家长会立即看到学生；没有邮箱则需要激活码。
pupils-payer-cf-label = 家长税号
pupils-payer-surname-label = 家长的姓
pupils-payer-given-name-label = 家长的名
pupils-payer-email-label = 家长电子邮箱（可选）
pupils-add-pupil-button = 添加学生


## One pupil

pupils-data-title = 学生信息
pupils-save-button = 保存信息
pupils-nobody-sees = 还没有家长能看到该学生及其通知：请登记一位家长的电子邮箱，或给他一个激活码。
pupils-payers-title = 家长和监护人
pupils-payers-intro = 家长使用学校在此登记的电子邮箱注册后，或输入学校交给他的激活码后，就能看到学生及其通知。
pupils-activation-link = 激活码
pupils-payers-none = 该学生没有已登记的家长。
pupils-payer-state-label = 能看到学生
pupils-payer-by-email = 是，通过已登记的邮箱
pupils-payer-by-code = 是，通过激活码
pupils-payer-not-yet = 尚未
pupils-save-email-button = 保存邮箱
pupils-remove-payer-button = 移除该家长
pupils-add-payer-title = 添加家长或监护人
pupils-add-payer-button = 添加家长
pupils-class-added = 班级已添加。
pupils-pupil-added = 学生已添加。
pupils-pupil-saved = 学生信息已保存。
pupils-payer-added = 家长已添加。
pupils-payer-saved = 家长邮箱已保存。
pupils-payer-removed = 家长已移除。


## Importing a CSV file

pupils-import-title = 导入学生和家长
pupils-upload-title = 上传文件
pupils-upload-intro = 一个 CSV 文件，每个学生一行，同一行写上其家长。第一行写列名，顺序不限：
pupils-format-columns = 学生：
pupils-format-payers = 每位家长，从 1 开始编号（然后 _2、_3；邮箱可选）：
pupils-format-optional = 可选，会与税号核对：
pupils-format-file = 文件使用 UTF-8 编码（Excel 中选择“CSV UTF-8”），列之间用分号或逗号分隔。
pupils-format-rules = 班级必须已经存在。学校已有且姓名相同的学生会被更新（班级和家长）。只要有一行有问题，就不会导入任何内容：请修改文件后重新上传。
pupils-sample-download = 下载示例文件
pupils-file-label = 学生 CSV 文件
pupils-file-hint = 最大 4 MB（约 20.000 行）。
pupils-upload-button = 检查并导入
pupils-imported = 已导入的学生：{ $count }
pupils-imported-detail = 来自文件 { $file }：新学生 { $added } 名，更新 { $updated } 名，登记家长 { $payers } 位。
pupils-see-list = 查看学生列表
pupils-nothing-imported = 没有导入任何学生
pupils-report-summary = 文件 { $file } 有 { $problems } 个问题，涉及 { $lines } 行。没有导入任何内容：请修改所列的行后重新上传文件。
pupils-report-download = 下载问题列表（CSV）
pupils-report-more = 上方列表只显示前 1.000 个问题：下载的文件包含全部问题。
pupils-report-line = 行
pupils-report-column = 列
pupils-report-reason = 问题
pupils-column-file = 整个文件
pupils-column-position = 第 { $position } 列


## Problems of a cell, a row or the file

pupils-reason-required = 缺少：此项为必填。
pupils-reason-cf-length = 税号必须为 16 个字符。
pupils-reason-cf-pattern = 税号格式不正确（6 个字母、2 个数字、1 个字母、2 个数字、1 个字母、3 个数字、1 个字母）。
pupils-reason-cf-check = 税号无效：最后的校验字符不符。
pupils-reason-cf-surname = 姓与税号不符。
pupils-reason-cf-name = 名与税号不符。
pupils-reason-cf-birth-date = 出生日期与税号不符。
pupils-reason-date-format = 日期无效：请按 日/月/年（dd/mm/yyyy）填写。
pupils-reason-name-latin = 只能使用拉丁字母（可带重音）、空格、撇号和连字符。
pupils-reason-name-long = 太长：最多 60 个字符。
pupils-reason-class-long = 班级名称太长：最多 30 个字符。
pupils-reason-class-characters = 班级名称包含不允许的字符。
pupils-reason-email = 电子邮箱地址无效。
pupils-reason-unknown-class = 学校没有这个班级：请先在“学生”页面添加。
pupils-reason-duplicate-in-file = 学生重复：文件第 { $line } 行已有该学生。
pupils-reason-other-names = 学校已有此税号，但姓或名不同：请核实哪个正确。
pupils-reason-no-payer = 没有家长：至少需要第一位（税号、姓和名）。
pupils-reason-payer-twice = 同一位家长在该学生下出现了两次。
pupils-reason-missing-column = 第一行缺少一列。
pupils-reason-duplicate-column = 第一行有重复的列。
pupils-reason-unknown-column = 第一行有未知的列：请检查列名的拼写。
pupils-reason-extra-cell = 有一个值超出了第一行的列。
pupils-reason-not-utf8 = 文件不是 UTF-8 编码：请在 Excel 中另存为“CSV UTF-8”。
pupils-reason-no-rows = 文件中没有学生。
pupils-reason-too-many-rows = 一个文件中学生太多：最多 { $max } 名。请拆分为多个文件。
pupils-reason-unreadable = 无法读取该行：可能有未闭合的引号。
pupils-reason-no-file = 没有选择文件。
pupils-reason-class-exists = 学校已有这个班级。
pupils-reason-pupil-exists = 学校已有使用此税号的学生。
pupils-reason-payer-exists = 该家长已登记在这个学生名下。
pupils-reason-too-large = 文件太大：最大 4 MB。请拆分为多个文件。
