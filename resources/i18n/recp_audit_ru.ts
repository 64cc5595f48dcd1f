<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="11" />
        <source>Monthly consumption of electricity, gas, heat, water and materials, production volumes, waste and emissions over the baseline period, with costs and tariffs, charts and RECP indicators.</source>
        <translation>Помесячное потребление электроэнергии, газа, тепла, воды и материалов, объёмы производства, отходы и выбросы за базовый период, с затратами и тарифами, графиками и показателями РЭЧП.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="15" />
        <source>Instruments with their calibration dates, measurement points, spot readings and imported logger series (power analysers, flue-gas analysers, flow meters) with statistics and plots.</source>
        <translation>Приборы с датами поверки, точки измерений, разовые показания и импортированные ряды регистраторов (анализаторы электросети, газоанализаторы, расходомеры) со статистикой и графиками.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="19" />
        <source>Improvement options by cleaner-production category, quantified with savings calculators: energy, water, materials, CO2e, money, investment and payback.</source>
        <translation>Мероприятия по категориям более чистого производства с расчётом экономии: энергия, вода, материалы, CO2-экв., деньги, инвестиции и срок окупаемости.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="22" />
        <source>Material, energy and water streams the enterprise offers or needs, with EWC codes, quantities and seasons: the input for industrial-symbiosis candidates in the park.</source>
        <translation>Потоки материалов, энергии и воды, которые предприятие предлагает или которые ему нужны, с кодами отходов, количествами и сезонностью: исходные данные для поиска партнёров промышленного симбиоза в парке.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="26" />
        <source>The assessment report (PDF) and workbook (Excel) in Russian or English, built from everything recorded in this audit.</source>
        <translation>Отчёт об оценке (PDF) и рабочая книга (Excel) на русском или английском языке, собранные из всех данных этого аудита.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="48" />
        <source>This section is not available in this version of the program yet.</source>
        <translation>В этой версии программы раздел пока недоступен.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="26" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="27" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="28" />
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="29" />
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="30" />
        <source>Not evaluated</source>
        <translation>Не оценивалось</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="33" />
        <source>All items</source>
        <translation>Все пункты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="34" />
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="35" />
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="36" />
        <source>With photos</source>
        <translation>С фотографиями</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="89" />
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="90" />
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="80" />
        <source>← Checklists</source>
        <translation>← Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="87" />
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="91" />
        <source>Move to version {version}…</source>
        <translation>Перейти на версию {version}…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="144" />
        <source>Keys: Y yes · N no · P partly · A not applicable · E not evaluated · 1–9 choice · Enter next item</source>
        <translation>Клавиши: Y да · N нет · P частично · A неприменимо · E не оценивалось · 1–9 вариант · Enter следующий пункт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="284" />
        <source>%v of %m answered</source>
        <translation>отвечено %v из %m</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="287" />
        <source>score {score} %</source>
        <translation>балл {score} %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="288" />
        <source>{count} findings</source>
        <translation>замечаний: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="290" />
        <source>{na} not applicable, {ne} not evaluated</source>
        <translation>неприменимо: {na}, не оценивалось: {ne}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="293" />
        <source>{count} required unanswered</source>
        <translation>обязательных без ответа: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="314" />
        <location filename="../../recp_audit/gui/pages/checklist.py" line="516" />
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="354" />
        <source>No items match the filter.</source>
        <translation>Нет пунктов, подходящих под фильтр.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="377" />
        <source>⚑ This answer is a finding.</source>
        <translation>⚑ Этот ответ — замечание.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="382" />
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="405" />
        <source>e.g. 6,5 or 650 kPa</source>
        <translation>например 6,5 или 650 кПа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="414" />
        <source>above {value}</source>
        <translation>выше {value}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="416" />
        <source>below {value}</source>
        <translation>ниже {value}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="418" />
        <source>A value {limits}{unit} is a finding.</source>
        <translation>Значение {limits}{unit} — замечание.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="419" />
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="495" />
        <source>Suggested option: {title} ({details})</source>
        <translation>Предлагаемое мероприятие: {title} ({details})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="502" />
        <location filename="../../recp_audit/gui/pages/checklist.py" line="518" />
        <source>Draft option created</source>
        <translation>Черновик мероприятия создан</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="503" />
        <source>Create draft option</source>
        <translation>Создать черновик мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="545" />
        <source>Photos: {count}</source>
        <translation>Фото: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="547" />
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="551" />
        <location filename="../../recp_audit/gui/pages/checklist.py" line="603" />
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="567" />
        <location filename="../../recp_audit/gui/pages/checklist.py" line="594" />
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="568" />
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="590" />
        <source>Reduced to {side} pixels before storing: {files}</source>
        <translation>Уменьшено до {side} пикселей перед сохранением: {files}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="604" />
        <source>Remove the photo {name} from this item?</source>
        <translation>Удалить фото {name} из этого пункта?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="625" />
        <source>Newer checklist version</source>
        <translation>Новая версия чек-листа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="626" />
        <source>Version {new} of this checklist is available (this audit uses version {old}). Answers are kept for items that still exist; items that were removed are no longer shown. Move this audit to version {new}?</source>
        <translation>Доступна версия {new} этого чек-листа (в аудите используется версия {old}). Ответы на сохранившиеся пункты останутся; удалённые пункты больше не будут показаны. Перевести аудит на версию {new}?</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="50" />
        <source>this field is given twice</source>
        <translation>это поле указано дважды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="62" />
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="74" />
        <source>a tab character is used for indenting (indent with spaces)</source>
        <translation>для отступа использован символ табуляции (делайте отступы пробелами)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="77" />
        <source>the YAML cannot be read: {detail}</source>
        <translation>YAML не читается: {detail}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="97" />
        <source>the file is {size} bytes, more than a checklist can be ({limit} bytes)</source>
        <translation>размер файла {size} байт — больше допустимого для чек-листа ({limit} байт)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="102" />
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="105" />
        <source>the file cannot be read: {reason}</source>
        <translation>файл не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="35" />
        <source>{source}, {where}, field "{field}": {problem}</source>
        <translation>{source}, {where}, поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="166" />
        <source>expected a set of named fields</source>
        <translation>ожидается набор именованных полей</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="170" />
        <source>unknown field (allowed: {allowed})</source>
        <translation>неизвестное поле (допустимы: {allowed})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="177" />
        <source>this field is required</source>
        <translation>это поле обязательно</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="183" />
        <source>"{value}" is not a valid id (lower-case letters, digits, _ . - only)</source>
        <translation>«{value}» — недопустимый идентификатор (только строчные латинские буквы, цифры, _ . -)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="190" />
        <source>expected a text in both languages (ru: …, en: …)</source>
        <translation>ожидается текст на двух языках (ru: …, en: …)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="196" />
        <source>the {language} text is missing</source>
        <translation>нет текста на языке: {language}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="198" />
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="199" />
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="205" />
        <source>"{value}" is not one of: {allowed}</source>
        <translation>«{value}» не входит в список: {allowed}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="215" />
        <source>"{value}" is not a number from {minimum} to {maximum}</source>
        <translation>«{value}» — не число от {minimum} до {maximum}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="227" />
        <source>the version must be a whole number from 1</source>
        <translation>версия должна быть целым числом от 1</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="237" />
        <source>expected a list of sections</source>
        <translation>ожидается список разделов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="247" />
        <source>section id "{id}" is used twice</source>
        <translation>идентификатор раздела «{id}» использован дважды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="252" />
        <source>expected a list of items</source>
        <translation>ожидается список пунктов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="267" />
        <source>item id "{id}" is used twice (first at {first})</source>
        <translation>идентификатор пункта «{id}» использован дважды (впервые: {first})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="277" />
        <source>expected true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="283" />
        <source>only number items have a unit</source>
        <translation>единица измерения бывает только у числовых пунктов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="309" />
        <source>only choice items have choices</source>
        <translation>варианты бывают только у пунктов с выбором</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="314" />
        <source>a choice item needs a list of at least two choices</source>
        <translation>пункту с выбором нужен список хотя бы из двух вариантов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="322" />
        <source>choice "{value}" is listed twice</source>
        <translation>вариант «{value}» указан дважды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="342" />
        <source>a text item cannot have a finding</source>
        <translation>у текстового пункта не может быть замечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="355" />
        <source>"{item}" is not an earlier item of this checklist (skip logic can only depend on items above it)</source>
        <translation>«{item}» — не предыдущий пункт этого чек-листа (условие показа может зависеть только от пунктов выше)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="363" />
        <source>skip logic can only depend on a yes/no or choice item</source>
        <translation>условие показа может зависеть только от пункта «да/нет» или с выбором</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="32" />
        <source>sheet {sheet}, row {row}, column {column}</source>
        <translation>лист {sheet}, строка {row}, столбец {column}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="35" />
        <source>sheet {sheet}, row {row}</source>
        <translation>лист {sheet}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="54" />
        <source>the sheet is empty</source>
        <translation>лист пуст</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="59" />
        <source>missing column(s): {columns}</source>
        <translation>нет столбцов: {columns}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="82" />
        <source>"{text}" is not understood: write ${{item}} = 'answer' (several joined with or) or selected(${{item}}, 'value')</source>
        <translation>«{text}» не распознано: пишите ${{item}} = 'ответ' (несколько через or) или selected(${{item}}, 'значение')</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="88" />
        <source>a condition can depend on one item only, not {items}</source>
        <translation>условие может зависеть только от одного пункта, а не от {items}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="98" />
        <source>"{value}" is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="120" />
        <source>for a number write &gt;7 or &lt;0.92, not "{value}"</source>
        <translation>для числа пишите &gt;7 или &lt;0.92, а не «{value}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="171" />
        <source>the file cannot be read as an Excel workbook ({reason})</source>
        <translation>файл не читается как книга Excel ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="175" />
        <source>there is no sheet named survey (sheets: {sheets})</source>
        <translation>нет листа survey (листы: {sheets})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="202" />
        <source>unknown type "{value}" (use status, integer, decimal, select_one LIST, select_multiple LIST, text, begin_group, end_group)</source>
        <translation>неизвестный тип «{value}» (используйте status, integer, decimal, select_one СПИСОК, select_multiple СПИСОК, text, begin_group, end_group)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="208" />
        <source>the choice list "{value}" is not on the choices sheet</source>
        <translation>списка вариантов «{value}» нет на листе choices</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="59" />
        <source>The audit no longer exists.</source>
        <translation>Аудит больше не существует.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="105" />
        <source>The checklist no longer exists (it may have been removed).</source>
        <translation>Чек-лист больше не существует (возможно, его удалили).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="135" />
        <source>"{answer}" is not an answer to this item</source>
        <translation>«{answer}» — недопустимый ответ на этот пункт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="149" />
        <source>"{answer}" is not a choice of this item</source>
        <translation>«{answer}» — не вариант этого пункта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="183" />
        <source>Item {item} is not in this checklist.</source>
        <translation>Пункта {item} нет в этом чек-листе.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="233" />
        <source>Only a newer version of the same template can replace it.</source>
        <translation>Заменить шаблон можно только более новой версией того же шаблона.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/templates.py" line="43" />
        <source>{path} already exists; choose another name or replace it</source>
        <translation>{path} уже существует; выберите другое имя или замените файл</translation>
    </message>
</context>
<context>
    <name>ChecklistsArea</name>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="64" />
        <location filename="../../recp_audit/gui/pages/checklists.py" line="142" />
        <location filename="../../recp_audit/gui/pages/checklists.py" line="169" />
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="69" />
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="69" />
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="69" />
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="70" />
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="70" />
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="70" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="79" />
        <source> (version {version} available)</source>
        <translation> (доступна версия {version})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="96" />
        <source>No checklists in this audit yet. Add the checklists you will walk through: the self-diagnosis set for a club member, or the expert checklists of the areas you assess.</source>
        <translation>В этом аудите пока нет чек-листов. Добавьте чек-листы для обхода: набор самодиагностики для участника клуба или экспертные чек-листы оцениваемых областей.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="104" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="105" />
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="107" />
        <source>Add checklists…</source>
        <translation>Добавить чек-листы…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="108" />
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="152" />
        <source>Remove checklist</source>
        <translation>Удалить чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="153" />
        <source>Remove «{name}» and all its answers, notes and photos from this audit?</source>
        <translation>Удалить «{name}» со всеми ответами, заметками и фотографиями из этого аудита?</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../recp_audit/choices.py" line="59" />
        <source>Expert assessment</source>
        <translation>Экспертная оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="60" />
        <source>Self-diagnosis</source>
        <translation>Самодиагностика</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="63" />
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="64" />
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="65" />
        <source>Reporting</source>
        <translation>Подготовка отчёта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="66" />
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="69" />
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="70" />
        <location filename="../../recp_audit/choices.py" line="136" />
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="71" />
        <location filename="../../recp_audit/choices.py" line="137" />
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="72" />
        <location filename="../../recp_audit/choices.py" line="138" />
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="73" />
        <source>Waste and emissions</source>
        <translation>Отходы и выбросы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="74" />
        <source>Team member</source>
        <translation>Член группы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="94" />
        <source>Good housekeeping</source>
        <translation>Рациональное ведение хозяйства</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="95" />
        <source>Input material change</source>
        <translation>Замена исходных материалов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="96" />
        <source>Better process control</source>
        <translation>Улучшение управления процессом</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="97" />
        <source>Equipment modification</source>
        <translation>Модификация оборудования</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="98" />
        <source>Technology change</source>
        <translation>Замена технологии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="99" />
        <source>On-site recovery and reuse</source>
        <translation>Рециклинг и повторное использование на месте</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="100" />
        <source>Production of a useful by-product</source>
        <translation>Получение полезного побочного продукта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="101" />
        <source>Product modification</source>
        <translation>Модификация продукции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="116" />
        <source>Identified</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="117" />
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="118" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="119" />
        <source>Implemented</source>
        <translation>Внедрено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="120" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="139" />
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="140" />
        <source>Air emissions</source>
        <translation>Выбросы в атмосферу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="141" />
        <source>Management</source>
        <translation>Управление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="146" />
        <source>Compressed-air leaks</source>
        <translation>Утечки сжатого воздуха</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="147" />
        <source>Compressor pressure reduction</source>
        <translation>Снижение давления компрессоров</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="148" />
        <source>Steam-trap losses</source>
        <translation>Потери через конденсатоотводчики</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="149" />
        <source>Boiler flue-gas loss</source>
        <translation>Потери с уходящими газами котла</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="150" />
        <source>Pipe and flange insulation</source>
        <translation>Изоляция трубопроводов и фланцев</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="151" />
        <source>Condensate return</source>
        <translation>Возврат конденсата</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="152" />
        <source>Heat recovery</source>
        <translation>Утилизация тепла</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="153" />
        <source>Motor replacement</source>
        <translation>Замена электродвигателей</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="154" />
        <source>Variable-speed drive</source>
        <translation>Частотный привод</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="155" />
        <source>Power-factor correction</source>
        <translation>Компенсация реактивной мощности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="156" />
        <source>Lighting retrofit</source>
        <translation>Модернизация освещения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="157" />
        <source>Water leaks</source>
        <translation>Утечки воды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="158" />
        <source>Water reuse</source>
        <translation>Повторное использование воды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="159" />
        <source>Fuel and electricity CO2e</source>
        <translation>CO2-экв. топлива и электроэнергии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="160" />
        <source>Investment appraisal</source>
        <translation>Оценка инвестиций</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="24" />
        <source>National RECP expert</source>
        <translation>Национальный эксперт РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="25" />
        <source>Audit lead</source>
        <translation>Руководитель аудита</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="26" />
        <source>RECP club member</source>
        <translation>Участник клуба РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="27" />
        <source>Enterprise staff</source>
        <translation>Сотрудник предприятия</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="26" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="27" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="28" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="30" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="37" />
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="50" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="38" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="39" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="40" />
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="55" />
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="41" />
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="56" />
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="42" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="51" />
        <source>Park</source>
        <translation>Парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="51" />
        <source>(not in a park)</source>
        <translation>(вне парка)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="52" />
        <source>NACE Rev. 2.1 code</source>
        <translation>Код NACE Rev. 2.1</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="53" />
        <source>OKED / OKVED code</source>
        <translation>Код ОКЭД / ОКВЭД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="54" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="57" />
        <source>Employees</source>
        <translation>Численность работников</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="58" />
        <source>Shifts per day</source>
        <translation>Смен в сутки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="59" />
        <source>Main products</source>
        <translation>Основная продукция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="60" />
        <source>Annual output</source>
        <translation>Годовой выпуск</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="61" />
        <source>Unit of output</source>
        <translation>Единица выпуска</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="68" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="69" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="71" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="73" />
        <source>Baseline from</source>
        <translation>Базовый период с</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="74" />
        <source>Baseline to</source>
        <translation>Базовый период по</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="75" />
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="77" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="103" />
        <source>Edit person</source>
        <translation>Изменить данные человека</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="103" />
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="110" />
        <source>Edit park</source>
        <translation>Изменить парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="110" />
        <source>New park</source>
        <translation>Новый парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="112" />
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="119" />
        <source>Edit enterprise</source>
        <translation>Изменить предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="119" />
        <source>New enterprise</source>
        <translation>Новое предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="127" />
        <source>Edit audit</source>
        <translation>Изменить аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="127" />
        <source>New audit</source>
        <translation>Новый аудит</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="115" />
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="116" />
        <source>Your workspace is still empty. Open the demo workspace (an industrial park with four audited enterprises) to look around first?

You can open it later with File &gt; Open demo workspace.</source>
        <translation>Ваше рабочее пространство пока пусто. Открыть демонстрационное пространство (индустриальный парк с четырьмя предприятиями, прошедшими аудит), чтобы сначала осмотреться?

Его можно открыть и позже: Файл &gt; Открыть демонстрационное пространство.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="150" />
        <source>Workspace upgraded</source>
        <translation>Файл обновлён</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="151" />
        <source>The file was made by an older version and has been upgraded. A copy of the original is at:
{path}</source>
        <translation>Файл был создан более старой версией программы и обновлён. Копия исходного файла сохранена здесь:
{path}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="160" />
        <location filename="../../recp_audit/gui/main_window.py" line="176" />
        <location filename="../../recp_audit/gui/main_window.py" line="314" />
        <location filename="../../recp_audit/gui/main_window.py" line="523" />
        <source>RECP audit</source>
        <translation>Аудит РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="193" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="194" />
        <source>&amp;New workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="196" />
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="198" />
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="203" />
        <source>Open &amp;demo workspace</source>
        <translation>Открыть &amp;демонстрационное пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="204" />
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="209" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="212" />
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="213" />
        <source>New &amp;park…</source>
        <translation>Новый &amp;парк…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="215" />
        <source>New &amp;enterprise…</source>
        <translation>Новое &amp;предприятие…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="217" />
        <source>New &amp;audit…</source>
        <translation>Новый &amp;аудит…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="220" />
        <source>&amp;Edit selected…</source>
        <translation>&amp;Изменить выбранное…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="222" />
        <source>&amp;Delete selected…</source>
        <translation>&amp;Удалить выбранное…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="225" />
        <source>P&amp;eople…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="228" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="238" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="239" />
        <source>&amp;About RECP audit</source>
        <translation>&amp;О программе «Аудит РЭЧП»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="244" />
        <location filename="../../recp_audit/gui/main_window.py" line="279" />
        <source>Opening the workspace…</source>
        <translation>Открывается рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="245" />
        <source>No workspace open</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="247" />
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="248" />
        <source>all changes saved at {time}</source>
        <translation>все изменения сохранены в {time}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="250" />
        <source>all changes saved</source>
        <translation>все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="281" />
        <source>No workspace is open. Create a new workspace file or open one from the File menu.</source>
        <translation>Рабочее пространство не открыто. Создайте новый файл или откройте существующий через меню «Файл».</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="283" />
        <source>Choose a park, an enterprise or an audit on the left, or start with one of these:</source>
        <translation>Выберите слева парк, предприятие или аудит либо начните с одного из действий:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="290" />
        <source>New workspace…</source>
        <translation>Новое рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="291" />
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="292" />
        <source>Open demo workspace</source>
        <translation>Открыть демонстрационное пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="295" />
        <source>New park…</source>
        <translation>Новый парк…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="296" />
        <source>New enterprise…</source>
        <translation>Новое предприятие…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="342" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="342" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="345" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="345" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="346" />
        <location filename="../../recp_audit/gui/main_window.py" line="379" />
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="347" />
        <source>Enterprises</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="348" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="349" />
        <source>New enterprise in this park…</source>
        <translation>Новое предприятие в этом парке…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="351" />
        <source>Industrial park</source>
        <translation>Индустриальный парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="354" />
        <location filename="../../recp_audit/gui/main_window.py" line="399" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="356" />
        <source>New audit…</source>
        <translation>Новый аудит…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="370" />
        <source>(not in a park)</source>
        <translation>(вне парка)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="374" />
        <source>Park</source>
        <translation>Парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="375" />
        <source>NACE Rev. 2.1</source>
        <translation>NACE Rev. 2.1</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="376" />
        <source>OKED / OKVED</source>
        <translation>ОКЭД / ОКВЭД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="378" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="380" />
        <source>Employees</source>
        <translation>Численность работников</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="381" />
        <source>Shifts per day</source>
        <translation>Смен в сутки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="382" />
        <source>Main products</source>
        <translation>Основная продукция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="383" />
        <source>Annual output</source>
        <translation>Годовой выпуск</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="400" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="401" />
        <source>Baseline period</source>
        <translation>Базовый период</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="402" />
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="403" />
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="404" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="420" />
        <source>New workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="429" />
        <source>Open workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="438" />
        <source>Save workspace as</source>
        <translation>Сохранить рабочее пространство как</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="467" />
        <source>New audit</source>
        <translation>Новый аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="468" />
        <source>Select the enterprise to audit first.</source>
        <translation>Сначала выберите предприятие, которое будет проходить аудит.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="502" />
        <source>{count} enterprise(s)</source>
        <translation>предприятий: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="504" />
        <source>{count} audit(s)</source>
        <translation>аудитов: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="505" />
        <source>Delete «{name}»?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="507" />
        <source>This also deletes {what}.</source>
        <translation>Вместе с ним будут удалены: {what}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="509" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="543" />
        <source>About RECP audit</source>
        <translation>О программе «Аудит РЭЧП»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="544" />
        <source>RECP audit {version}
Offline Resource Efficient and Cleaner Production audits and industrial symbiosis.

Data folder: {data}
Settings: {config}</source>
        <translation>Аудит РЭЧП {version}
Автономные аудиты ресурсоэффективного и более чистого производства и промышленный симбиоз.

Папка данных: {data}
Настройки: {config}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="36" />
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="37" />
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="38" />
        <source>Baseline</source>
        <translation>Базовые данные</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="39" />
        <source>Measurements</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="40" />
        <source>Options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="41" />
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="42" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="64" />
        <source>Enterprises outside a park</source>
        <translation>Предприятия вне парков</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="23" />
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="30" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="30" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="31" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="73" />
        <source>Delete {name}? They are on {count} audit team(s).</source>
        <translation>Удалить {name}? Человек входит в группы аудитов: {count}.</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../recp_audit/services/photos.py" line="54" />
        <source>{file} is {size:.1f} MB; a photo can be at most {limit:.0f} MB. Reduce its size and add it again.</source>
        <translation>{file} весит {size:.1f} МБ; фото может быть не больше {limit:.0f} МБ. Уменьшите его и добавьте снова.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/photos.py" line="60" />
        <source>{file} is not a picture in a known format (JPEG, PNG, GIF, BMP, TIFF, WebP).</source>
        <translation>{file} — не изображение известного формата (JPEG, PNG, GIF, BMP, TIFF, WebP).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/photos.py" line="96" />
        <source>The picture {hash} is missing from the workspace.</source>
        <translation>Изображения {hash} нет в рабочем файле.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../recp_audit/services/records.py" line="45" />
        <source>{kind} {id} does not exist (it may have been deleted)</source>
        <translation>Запись {kind} {id} не существует (возможно, она удалена)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="31" />
        <source>← Checklists</source>
        <translation>← Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="52" />
        <source>Checklist results</source>
        <translation>Результаты чек-листов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="56" />
        <source>Overall score {score} · {answered} of {visible} items answered · {na} not applicable · {ne} not evaluated · {findings} findings</source>
        <translation>Общий балл {score} · отвечено {answered} из {visible} · неприменимо: {na} · не оценивалось: {ne} · замечаний: {findings}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="70" />
        <source>score, %</source>
        <translation>балл, %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="76" />
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="76" />
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="76" />
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="77" />
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="77" />
        <source>Not evaluated</source>
        <translation>Не оценивалось</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="78" />
        <location filename="../../recp_audit/gui/pages/results.py" line="90" />
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="95" />
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="95" />
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="95" />
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="96" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="96" />
        <source>Suggested option</source>
        <translation>Предлагаемое мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="101" />
        <source>Create draft options for the selected findings</source>
        <translation>Создать черновики мероприятий по выбранным замечаниям</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="115" />
        <source>✓ drafted: {title}</source>
        <translation>✓ черновик: {title}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="139" />
        <location filename="../../recp_audit/gui/pages/results.py" line="146" />
        <source>Draft options</source>
        <translation>Черновики мероприятий</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="140" />
        <source>Select one or more findings first.</source>
        <translation>Сначала выберите одно или несколько замечаний.</translation>
    </message>
</context>
<context>
    <name>SelfDiagnosisPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="158" />
        <source>Your self-diagnosis result</source>
        <translation>Результат вашей самодиагностики</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="174" />
        <source>{count} questions are not answered yet; the result counts only the answered ones.</source>
        <translation>Вопросов без ответа: {count}; результат учитывает только отвеченные.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="187" />
        <source>Strong areas:</source>
        <translation>Сильные стороны:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="188" />
        <source>none yet (an area is strong from 75 %)</source>
        <translation>пока нет (область считается сильной от 75 %)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="189" />
        <source>Areas to work on first:</source>
        <translation>Над чем работать в первую очередь:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="190" />
        <source>none below 50 %</source>
        <translation>нет областей ниже 50 %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="198" />
        <source>score, %</source>
        <translation>балл, %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="201" />
        <source>What to do next</source>
        <translation>Что сделать дальше</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="208" />
        <source>No recommendations: every answered question shows good practice.</source>
        <translation>Рекомендаций нет: все ответы показывают хорошую практику.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="218" />
        <source>Answer the questions to see your result.</source>
        <translation>Ответьте на вопросы, чтобы увидеть результат.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="220" />
        <source>A good level. Keep it up, and look at the few points below.</source>
        <translation>Хороший уровень. Так держать — и обратите внимание на несколько пунктов ниже.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="222" />
        <source>A fair level with clear room to improve. The steps below are where to start.</source>
        <translation>Средний уровень, есть заметный резерв. Начните с шагов ниже.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="224" />
        <source>Large potential for savings. Start with the first steps below; most cost little or nothing.</source>
        <translation>Большой потенциал экономии. Начните с первых шагов ниже — большинство почти ничего не стоят.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="238" />
        <source>Your answer to «{question}»: {answer}</source>
        <translation>Ваш ответ на вопрос «{question}»: {answer}</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/team.py" line="23" />
        <source>Team member</source>
        <translation>Член группы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/team.py" line="23" />
        <source>Role in the audit</source>
        <translation>Роль в аудите</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="25" />
        <source>Add checklists</source>
        <translation>Добавить чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="28" />
        <source>Tick the checklists to walk through in this audit. Checklists already in the audit are not listed.</source>
        <translation>Отметьте чек-листы для обхода в этом аудите. Чек-листы, уже добавленные в аудит, не показаны.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="34" />
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="34" />
        <source>Items</source>
        <translation>Пунктов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="34" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="40" />
        <source>Some template files could not be read:</source>
        <translation>Некоторые файлы шаблонов не удалось прочитать:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="47" />
        <source>Import from a spreadsheet…</source>
        <translation>Импорт из таблицы Excel…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="50" />
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="86" />
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="94" />
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="101" />
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="104" />
        <source>Import a checklist</source>
        <translation>Импорт чек-листа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="95" />
        <source>Replace it?</source>
        <translation>Заменить его?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="105" />
        <source>«{title}» ({count} items) was added to your checklists:
{path}</source>
        <translation>«{title}» (пунктов: {count}) добавлен в ваши чек-листы:
{path}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../recp_audit/units.py" line="59" />
        <source>"{unit}" is not a unit this program knows (for example t, m3, kWh, pcs)</source>
        <translation>«{unit}» — неизвестная программе единица измерения (например, т, м3, кВт·ч, шт)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="69" />
        <source>pressure</source>
        <translation>давление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="69" />
        <source>mass</source>
        <translation>масса</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="70" />
        <source>length</source>
        <translation>длина</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="70" />
        <source>area</source>
        <translation>площадь</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="71" />
        <source>volume</source>
        <translation>объём</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="71" />
        <source>energy</source>
        <translation>энергия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="72" />
        <source>power</source>
        <translation>мощность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="72" />
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="73" />
        <source>temperature</source>
        <translation>температура</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="74" />
        <source>volume flow</source>
        <translation>объёмный расход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="75" />
        <source>mass flow</source>
        <translation>массовый расход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="75" />
        <source>speed</source>
        <translation>скорость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="76" />
        <source>illuminance</source>
        <translation>освещённость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="76" />
        <source>voltage</source>
        <translation>напряжение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="77" />
        <source>current</source>
        <translation>сила тока</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="77" />
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="78" />
        <source>a ratio</source>
        <translation>доля</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="101" />
        <source>"{text}" is not a number (type for example 6,5 or 6.5 {unit})</source>
        <translation>«{text}» — не число (введите, например, 6,5 или 6.5 {unit})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="107" />
        <source>"{text}": {given} cannot be converted to {unit} (it measures {given_kind}, not {unit_kind})</source>
        <translation>«{text}»: {given} нельзя перевести в {unit} (это {given_kind}, а не {unit_kind})</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="42" />
        <location filename="../../recp_audit/model/validation.py" line="209" />
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="44" />
        <source>is too long ({length} characters, at most {maximum})</source>
        <translation>слишком длинное значение ({length} символов, допускается не более {maximum})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="57" />
        <source>"{value}" is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="68" />
        <source>must be between {low} and {high}</source>
        <translation>должно быть от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="72" />
        <source>"{value}" is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="89" />
        <location filename="../../recp_audit/model/validation.py" line="101" />
        <source>"{value}" is not one of: {allowed}</source>
        <translation>«{value}» не входит в список: {allowed}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="115" />
        <source>"{value}" is not a NACE Rev. 2.1 code (for example 10.51)</source>
        <translation>«{value}» — не код NACE Rev. 2.1 (пример: 10.51)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="126" />
        <source>"{value}" is not an OKED/OKVED code (digits, for example 10510)</source>
        <translation>«{value}» — не код ОКЭД/ОКВЭД (цифры, например 10510)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="154" />
        <source>"{value}" is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="165" />
        <source>"{value}" is not a record id</source>
        <translation>«{value}» — не идентификатор записи</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="200" />
        <source>unknown field "{field}"</source>
        <translation>неизвестное поле «{field}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="219" />
        <source>the baseline period ends before it starts</source>
        <translation>базовый период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="223" />
        <source>give the unit of the annual output (for example t or pcs)</source>
        <translation>укажите единицу годового выпуска (например, т или шт)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="228" />
        <source>give both latitude and longitude, or neither</source>
        <translation>укажите и широту, и долготу или не указывайте ни то, ни другое</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/welcome.py" line="18" />
        <source>RECP audit</source>
        <translation>Аудит РЭЧП</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../recp_audit/store/copy.py" line="24" />
        <location filename="../../recp_audit/store/db.py" line="154" />
        <source>{path}: the folder does not exist</source>
        <translation>{path}: папка не существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/copy.py" line="55" />
        <source>{path}: could not be written ({reason}); nothing was changed</source>
        <translation>{path}: не удалось записать файл ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="80" />
        <source>{path}: the file is damaged and cannot be opened ({reason})</source>
        <translation>{path}: файл повреждён и не может быть открыт ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="112" />
        <source>{path} is open read-only; changes cannot be saved</source>
        <translation>{path} открыт только для чтения; изменения нельзя сохранить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="127" />
        <source>{path}: choose a different file than the open one</source>
        <translation>{path}: выберите другой файл, не тот, что сейчас открыт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="151" />
        <source>{path}: a file with this name already exists</source>
        <translation>{path}: файл с таким именем уже существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="164" />
        <source>{path}: could not be created ({reason})</source>
        <translation>{path}: не удалось создать файл ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="188" />
        <source>{path}: written by a newer version of recp_audit (schema {found}, this program knows {known}); update the program to open it. The file was not changed.</source>
        <translation>{path}: файл записан более новой версией recp_audit (схема {found}, эта программа знает схему {known}); обновите программу, чтобы открыть его. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="203" />
        <source>{path}: made by an older version and read-only, so it cannot be upgraded; copy it to a folder you can write to</source>
        <translation>{path}: файл создан старой версией и доступен только для чтения, поэтому его нельзя обновить; скопируйте его в папку, доступную для записи</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="39" />
        <source>{path}: no such file</source>
        <translation>{path}: файл не найден</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="41" />
        <source>{path}: is a folder, not a workspace file</source>
        <translation>{path}: это папка, а не файл рабочего пространства</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="47" />
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: не удаётся прочитать файл ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="51" />
        <source>{path}: the file is empty</source>
        <translation>{path}: файл пуст</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="53" />
        <source>{path}: not a recp_audit workspace (not an SQLite database)</source>
        <translation>{path}: это не рабочее пространство recp_audit (не база данных SQLite)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="70" />
        <source>{path}: an SQLite database of another program, not a recp_audit workspace</source>
        <translation>{path}: база данных SQLite другой программы, а не рабочее пространство recp_audit</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="74" />
        <source>{path}: the file is truncated (incomplete copy or damaged disk)</source>
        <translation>{path}: файл обрезан (неполная копия или повреждённый диск)</translation>
    </message>
</context>
</TS>