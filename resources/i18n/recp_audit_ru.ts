<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="11" />
        <source>Walk-through checklists for energy, water, materials and waste: answer items with the keyboard, add notes and photos, and see scores and findings. Club members will find the self-diagnosis checklists here.</source>
        <translation>Чек-листы обхода по энергии, воде, материалам и отходам: ответы с клавиатуры, заметки и фотографии, баллы и выявленные проблемы. Здесь же участники клуба найдут чек-листы самодиагностики.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="15" />
        <source>Monthly consumption of electricity, gas, heat, water and materials, production volumes, waste and emissions over the baseline period, with costs and tariffs, charts and RECP indicators.</source>
        <translation>Помесячное потребление электроэнергии, газа, тепла, воды и материалов, объёмы производства, отходы и выбросы за базовый период, с затратами и тарифами, графиками и показателями РЭЧП.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="19" />
        <source>Instruments with their calibration dates, measurement points, spot readings and imported logger series (power analysers, flue-gas analysers, flow meters) with statistics and plots.</source>
        <translation>Приборы с датами поверки, точки измерений, разовые показания и импортированные ряды регистраторов (анализаторы электросети, газоанализаторы, расходомеры) со статистикой и графиками.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="23" />
        <source>Improvement options by cleaner-production category, quantified with savings calculators: energy, water, materials, CO2e, money, investment and payback.</source>
        <translation>Мероприятия по категориям более чистого производства с расчётом экономии: энергия, вода, материалы, CO2-экв., деньги, инвестиции и срок окупаемости.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="26" />
        <source>Material, energy and water streams the enterprise offers or needs, with EWC codes, quantities and seasons: the input for industrial-symbiosis candidates in the park.</source>
        <translation>Потоки материалов, энергии и воды, которые предприятие предлагает или которые ему нужны, с кодами отходов, количествами и сезонностью: исходные данные для поиска партнёров промышленного симбиоза в парке.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="30" />
        <source>The assessment report (PDF) and workbook (Excel) in Russian or English, built from everything recorded in this audit.</source>
        <translation>Отчёт об оценке (PDF) и рабочая книга (Excel) на русском или английском языке, собранные из всех данных этого аудита.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/area.py" line="52" />
        <source>This section is not available in this version of the program yet.</source>
        <translation>В этой версии программы раздел пока недоступен.</translation>
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
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="71" />
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="72" />
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
        <location filename="../../recp_audit/gui/main_window.py" line="114" />
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="115" />
        <source>Your workspace is still empty. Open the demo workspace (an industrial park with four audited enterprises) to look around first?

You can open it later with File &gt; Open demo workspace.</source>
        <translation>Ваше рабочее пространство пока пусто. Открыть демонстрационное пространство (индустриальный парк с четырьмя предприятиями, прошедшими аудит), чтобы сначала осмотреться?

Его можно открыть и позже: Файл &gt; Открыть демонстрационное пространство.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="149" />
        <source>Workspace upgraded</source>
        <translation>Файл обновлён</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="150" />
        <source>The file was made by an older version and has been upgraded. A copy of the original is at:
{path}</source>
        <translation>Файл был создан более старой версией программы и обновлён. Копия исходного файла сохранена здесь:
{path}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="159" />
        <location filename="../../recp_audit/gui/main_window.py" line="170" />
        <location filename="../../recp_audit/gui/main_window.py" line="308" />
        <location filename="../../recp_audit/gui/main_window.py" line="506" />
        <source>RECP audit</source>
        <translation>Аудит РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="187" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="188" />
        <source>&amp;New workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="190" />
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="192" />
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="197" />
        <source>Open &amp;demo workspace</source>
        <translation>Открыть &amp;демонстрационное пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="198" />
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="203" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="206" />
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="207" />
        <source>New &amp;park…</source>
        <translation>Новый &amp;парк…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="209" />
        <source>New &amp;enterprise…</source>
        <translation>Новое &amp;предприятие…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="211" />
        <source>New &amp;audit…</source>
        <translation>Новый &amp;аудит…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="214" />
        <source>&amp;Edit selected…</source>
        <translation>&amp;Изменить выбранное…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="216" />
        <source>&amp;Delete selected…</source>
        <translation>&amp;Удалить выбранное…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="219" />
        <source>P&amp;eople…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="222" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="232" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="233" />
        <source>&amp;About RECP audit</source>
        <translation>&amp;О программе «Аудит РЭЧП»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="238" />
        <location filename="../../recp_audit/gui/main_window.py" line="273" />
        <source>Opening the workspace…</source>
        <translation>Открывается рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="239" />
        <source>No workspace open</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="241" />
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="242" />
        <source>all changes saved at {time}</source>
        <translation>все изменения сохранены в {time}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="244" />
        <source>all changes saved</source>
        <translation>все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="275" />
        <source>No workspace is open. Create a new workspace file or open one from the File menu.</source>
        <translation>Рабочее пространство не открыто. Создайте новый файл или откройте существующий через меню «Файл».</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="277" />
        <source>Choose a park, an enterprise or an audit on the left, or start with one of these:</source>
        <translation>Выберите слева парк, предприятие или аудит либо начните с одного из действий:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="284" />
        <source>New workspace…</source>
        <translation>Новое рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="285" />
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="286" />
        <source>Open demo workspace</source>
        <translation>Открыть демонстрационное пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="289" />
        <source>New park…</source>
        <translation>Новый парк…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="290" />
        <source>New enterprise…</source>
        <translation>Новое предприятие…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="325" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="325" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="328" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="328" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="329" />
        <location filename="../../recp_audit/gui/main_window.py" line="362" />
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="330" />
        <source>Enterprises</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="331" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="332" />
        <source>New enterprise in this park…</source>
        <translation>Новое предприятие в этом парке…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="334" />
        <source>Industrial park</source>
        <translation>Индустриальный парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="337" />
        <location filename="../../recp_audit/gui/main_window.py" line="382" />
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="339" />
        <source>New audit…</source>
        <translation>Новый аудит…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="353" />
        <source>(not in a park)</source>
        <translation>(вне парка)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="357" />
        <source>Park</source>
        <translation>Парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="358" />
        <source>NACE Rev. 2.1</source>
        <translation>NACE Rev. 2.1</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="359" />
        <source>OKED / OKVED</source>
        <translation>ОКЭД / ОКВЭД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="361" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="363" />
        <source>Employees</source>
        <translation>Численность работников</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="364" />
        <source>Shifts per day</source>
        <translation>Смен в сутки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="365" />
        <source>Main products</source>
        <translation>Основная продукция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="366" />
        <source>Annual output</source>
        <translation>Годовой выпуск</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="383" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="384" />
        <source>Baseline period</source>
        <translation>Базовый период</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="385" />
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="386" />
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="387" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="403" />
        <source>New workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="412" />
        <source>Open workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="421" />
        <source>Save workspace as</source>
        <translation>Сохранить рабочее пространство как</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="450" />
        <source>New audit</source>
        <translation>Новый аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="451" />
        <source>Select the enterprise to audit first.</source>
        <translation>Сначала выберите предприятие, которое будет проходить аудит.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="485" />
        <source>{count} enterprise(s)</source>
        <translation>предприятий: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="487" />
        <source>{count} audit(s)</source>
        <translation>аудитов: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="488" />
        <source>Delete «{name}»?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="490" />
        <source>This also deletes {what}.</source>
        <translation>Вместе с ним будут удалены: {what}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="492" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="526" />
        <source>About RECP audit</source>
        <translation>О программе «Аудит РЭЧП»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="527" />
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
    <name>Records</name>
    <message>
        <location filename="../../recp_audit/services/records.py" line="40" />
        <source>{kind} {id} does not exist (it may have been deleted)</source>
        <translation>Запись {kind} {id} не существует (возможно, она удалена)</translation>
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
    <name>Units</name>
    <message>
        <location filename="../../recp_audit/units.py" line="59" />
        <source>"{unit}" is not a unit this program knows (for example t, m3, kWh, pcs)</source>
        <translation>«{unit}» — неизвестная программе единица измерения (например, т, м3, кВт·ч, шт)</translation>
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
        <translation>«{value}» — недопустимое значение; возможны: {allowed}</translation>
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
        <location filename="../../recp_audit/store/db.py" line="149" />
        <source>{path}: the folder does not exist</source>
        <translation>{path}: папка не существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/copy.py" line="55" />
        <source>{path}: could not be written ({reason}); nothing was changed</source>
        <translation>{path}: не удалось записать файл ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="77" />
        <source>{path}: the file is damaged and cannot be opened ({reason})</source>
        <translation>{path}: файл повреждён и не может быть открыт ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="107" />
        <source>{path} is open read-only; changes cannot be saved</source>
        <translation>{path} открыт только для чтения; изменения нельзя сохранить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="122" />
        <source>{path}: choose a different file than the open one</source>
        <translation>{path}: выберите другой файл, не тот, что сейчас открыт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="146" />
        <source>{path}: a file with this name already exists</source>
        <translation>{path}: файл с таким именем уже существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="164" />
        <source>{path}: could not be created ({reason})</source>
        <translation>{path}: не удалось создать файл ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="176" />
        <source>{path}: written by a newer version of recp_audit (schema {found}, this program knows {known}); update the program to open it. The file was not changed.</source>
        <translation>{path}: файл записан более новой версией recp_audit (схема {found}, эта программа знает схему {known}); обновите программу, чтобы открыть его. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="191" />
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