<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="23"/>
        <source>DejaVu Sans fonts (PDF reports)</source>
        <translation>Шрифты DejaVu Sans (PDF-отчёты)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="24"/>
        <source>Bitstream Vera / DejaVu fonts licence (free)</source>
        <translation>Лицензия шрифтов Bitstream Vera / DejaVu (свободная)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="26"/>
        <source>European List of Waste (EWC codes)</source>
        <translation>Европейский перечень отходов (коды EWC)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="27"/>
        <source>Open Government Licence v3.0 (UK Defra code list)</source>
        <translation>Open Government Licence v3.0 (перечень кодов Defra, Великобритания)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="29"/>
        <source>NACE Rev. 2.1 classification</source>
        <translation>Классификатор NACE Rev. 2.1</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="30"/>
        <source>Eurostat, as packaged in naceconverter 1.0.1 (MIT)</source>
        <translation>Евростат, в пакете naceconverter 1.0.1 (MIT)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="32"/>
        <source>Qt 6 through PySide6</source>
        <translation>Qt 6 через PySide6</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="33"/>
        <source>GNU LGPL v3</source>
        <translation>GNU LGPL v3</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="48"/>
        <source>About RECP audit</source>
        <translation>О программе «Аудит РЭЧП»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="50"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="51"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="52"/>
        <source>Log file</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="63"/>
        <source>Offline Resource Efficient and Cleaner Production (RECP) audits of factories and industrial symbiosis in parks, after the UNIDO/UNEP method.</source>
        <translation>Аудиты ресурсоэффективного и более чистого производства (РЭЧП) на предприятиях и промышленный симбиоз в парках без подключения к сети, по методике ЮНИДО/ЮНЕП.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="65"/>
        <source>Licence of the program: MIT.</source>
        <translation>Лицензия программы: MIT.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="69"/>
        <source>Bundled fonts and data</source>
        <translation>Входящие в поставку шрифты и данные</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../recp_audit/gui/app.py" line="79"/>
        <source>RECP audit</source>
        <translation>Аудит РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/app.py" line="80"/>
        <source>The workspace open last time is no longer at {path}</source>
        <translation>Рабочего файла, открытого в прошлый раз, больше нет по пути {path}</translation>
    </message>
</context>
<context>
    <name>Baseline</name>
    <message>
        <location filename="../../recp_audit/services/baseline.py" line="54"/>
        <source>costs of this audit are in {expected}; convert the {currency} amount to {expected} first (and note the rate used)</source>
        <translation>затраты этого аудита ведутся в {expected}; сначала пересчитайте сумму в {currency} в {expected} (и запишите курс)</translation>
    </message>
</context>
<context>
    <name>BaselineArea</name>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="47"/>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="220"/>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="253"/>
        <source>Baseline</source>
        <translation>Базовая линия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="53"/>
        <source>Add entry…</source>
        <translation>Добавить запись…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="54"/>
        <source>Import table…</source>
        <translation>Импорт таблицы…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="55"/>
        <source>Tariffs…</source>
        <translation>Тарифы…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="56"/>
        <source>Delete row…</source>
        <translation>Удалить строку…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="72"/>
        <source>Double-click a month to enter or correct its value</source>
        <translation>Дважды щёлкните месяц, чтобы ввести или исправить значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="95"/>
        <source>Monthly</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="96"/>
        <source>Cost shares</source>
        <translation>Доли затрат</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="97"/>
        <source>Specific consumption</source>
        <translation>Удельный расход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="108"/>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="108"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="109"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="110"/>
        <source>Cost, {currency}</source>
        <translation>Стоимость, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="130"/>
        <source>No value for this month (a gap, not a zero)</source>
        <translation>Нет значения за этот месяц (пропуск, а не ноль)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="147"/>
        <source>{count} month(s) without a value are shown grey: gaps are left out of totals, never counted as zero.</source>
        <translation>Месяцы без значения ({count}) показаны серым: пропуски не входят в итоги и никогда не считаются нулём.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="152"/>
        <source>No baseline yet: add entries or import a table (one row per resource and month: kind, item, month, quantity, unit, cost).</source>
        <translation>Базовой линии пока нет: добавьте записи или импортируйте таблицу (строка на ресурс и месяц: вид, позиция, месяц, количество, единица, стоимость).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="254"/>
        <source>Delete all months of «{name}»?</source>
        <translation>Удалить все месяцы «{name}»?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="275"/>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="284"/>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="286"/>
        <source>Import baseline table</source>
        <translation>Импорт таблицы базовой линии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="276"/>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="280"/>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="287"/>
        <source>{count} rows imported.</source>
        <translation>Импортировано строк: {count}.</translation>
    </message>
</context>
<context>
    <name>BaselineImport</name>
    <message>
        <location filename="../../recp_audit/services/baseline_import.py" line="82"/>
        <source>{file}: the first row has no column {columns} (expected headers: kind, item, month, quantity, unit, cost, currency, source, ewc, fuel)</source>
        <translation>{file}: в первой строке нет столбца {columns} (ожидаемые заголовки: вид, позиция, месяц, количество, единица, стоимость, валюта, источник, код отхода, топливо)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/baseline_import.py" line="100"/>
        <source>{file} is empty</source>
        <translation>файл {file} пуст</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/baseline_import.py" line="119"/>
        <source>costs of this audit are in {expected}, not {currency}; convert them first</source>
        <translation>затраты этого аудита ведутся в {expected}, а не в {currency}; сначала пересчитайте их</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/baseline_import.py" line="125"/>
        <source>row {row}, column {column} ({field}): {problem}</source>
        <translation>строка {row}, столбец {column} ({field}): {problem}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/baseline_import.py" line="130"/>
        <source>{file}: {count} problem(s), nothing imported: {first}</source>
        <translation>{file}: ошибок — {count}, ничего не импортировано: {first}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/baseline_import.py" line="134"/>
        <source>{file} has no rows under its header</source>
        <translation>в {file} нет строк под заголовком</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/baseline_import.py" line="144"/>
        <source>the audit does not exist</source>
        <translation>аудит не существует</translation>
    </message>
</context>
<context>
    <name>Calc</name>
    <message>
        <location filename="../../recp_audit/calc/__init__.py" line="26"/>
        <source>there is no calculator &quot;{name}&quot; (known: {known})</source>
        <translation>калькулятора «{name}» нет (есть: {known})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="154"/>
        <source>flue_temperature must be above air_temperature ({air:~P})</source>
        <translation>flue_temperature должна быть выше air_temperature ({air:~P})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="35"/>
        <source>{name} must be above air_temperature ({air:~P})</source>
        <translation>{name} должна быть выше air_temperature ({air:~P})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="59"/>
        <source>quantity of electricity must be energy (kWh, MWh), not {given:~P}</source>
        <translation>количество электроэнергии задаётся энергией (кВт·ч, МВт·ч), а не {given:~P}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="73"/>
        <source>Boiler flue-gas loss (Siegert)</source>
        <translation>Потери с уходящими газами котла (формула Зигерта)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="75"/>
        <source>fuel</source>
        <translation>топливо</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="77"/>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="207"/>
        <source>flue-gas temperature</source>
        <translation>температура уходящих газов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="79"/>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="209"/>
        <source>combustion-air temperature</source>
        <translation>температура воздуха на горение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="81"/>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="211"/>
        <source>O2 in dry flue gas</source>
        <translation>O2 в сухих уходящих газах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="83"/>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="213"/>
        <source>flue-gas loss</source>
        <translation>потери с уходящими газами</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="84"/>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="214"/>
        <source>combustion efficiency</source>
        <translation>КПД сжигания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="85"/>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="215"/>
        <source>excess-air ratio λ</source>
        <translation>коэффициент избытка воздуха λ</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="96"/>
        <source>CO2e of fuel or electricity use</source>
        <translation>CO2-экв. от использования топлива или электроэнергии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="99"/>
        <source>fuel or electricity</source>
        <translation>топливо или электроэнергия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="100"/>
        <source>amount used (energy, mass or volume)</source>
        <translation>расход (энергия, масса или объём)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="103"/>
        <source>energy</source>
        <translation>энергия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="104"/>
        <source>CO2</source>
        <translation>CO2</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="105"/>
        <source>CH4</source>
        <translation>CH4</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="106"/>
        <source>N2O</source>
        <translation>N2O</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="107"/>
        <source>CO2 equivalent</source>
        <translation>CO2-эквивалент</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="117"/>
        <source>new_flue_temperature must be below flue_temperature ({flue:~P})</source>
        <translation>new_flue_temperature должна быть ниже flue_temperature ({flue:~P})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="135"/>
        <source>Flue-gas heat recovery (economiser)</source>
        <translation>Утилизация тепла уходящих газов (экономайзер)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="138"/>
        <source>fuel energy used per year</source>
        <translation>энергия топлива в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="141"/>
        <source>flue-gas temperature after recovery</source>
        <translation>температура уходящих газов после утилизации</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="140"/>
        <location filename="../../recp_audit/calc/combustion.py" line="144"/>
        <source>fuel price per MWh</source>
        <translation>цена топлива за МВт·ч</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="146"/>
        <source>combustion efficiency now</source>
        <translation>КПД сжигания сейчас</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion.py" line="147"/>
        <source>combustion efficiency with recovery</source>
        <translation>КПД сжигания с утилизацией</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="253"/>
        <location filename="../../recp_audit/calc/steam.py" line="96"/>
        <location filename="../../recp_audit/calc/steam.py" line="145"/>
        <location filename="../../recp_audit/calc/combustion.py" line="149"/>
        <source>fuel energy saved per year</source>
        <translation>экономия энергии топлива в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="137"/>
        <source>new_pressure must be below current_pressure ({current:~P})</source>
        <translation>new_pressure должно быть ниже current_pressure ({current:~P})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/common.py" line="12"/>
        <source>electricity price</source>
        <translation>цена электроэнергии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/common.py" line="11"/>
        <location filename="../../recp_audit/calc/compressed_air.py" line="191"/>
        <location filename="../../recp_audit/calc/insulation.py" line="142"/>
        <source>hours per year</source>
        <translation>часов в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/common.py" line="14"/>
        <source>atmospheric pressure</source>
        <translation>атмосферное давление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/common.py" line="21"/>
        <source>boiler efficiency (net heating value)</source>
        <translation>КПД котла (по низшей теплоте сгорания)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/common.py" line="23"/>
        <location filename="../../recp_audit/calc/water.py" line="64"/>
        <source>cost per year</source>
        <translation>стоимость в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/common.py" line="24"/>
        <source>electricity per year</source>
        <translation>электроэнергия в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/common.py" line="38"/>
        <source>{name} of {value:g} % is above 100 % of the net heating value: only a condensing boiler reaches that; check it</source>
        <translation>{name} {value:g} % выше 100 % по низшей теплоте сгорания: так бывает только у конденсационного котла; проверьте значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="154"/>
        <source>Compressed-air leak through an orifice</source>
        <translation>Утечка сжатого воздуха через отверстие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="157"/>
        <source>line pressure (gauge)</source>
        <translation>давление в сети (избыточное)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="159"/>
        <location filename="../../recp_audit/calc/water.py" line="53"/>
        <source>hole diameter</source>
        <translation>диаметр отверстия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/common.py" line="16"/>
        <source>discharge coefficient</source>
        <translation>коэффициент расхода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="162"/>
        <location filename="../../recp_audit/calc/water.py" line="56"/>
        <source>number of such leaks</source>
        <translation>число таких утечек</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="164"/>
        <source>compressor electricity per m³ of free air</source>
        <translation>удельный расход электроэнергии компрессора на м³ свободного воздуха</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="170"/>
        <source>air temperature</source>
        <translation>температура воздуха</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="177"/>
        <location filename="../../recp_audit/calc/compressed_air.py" line="198"/>
        <source>air lost (free air)</source>
        <translation>потери воздуха (свободный воздух)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="178"/>
        <source>air lost per year</source>
        <translation>потери воздуха в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="183"/>
        <source>Leak share from loaded and unloaded times</source>
        <translation>Доля утечек по времени нагрузки и холостого хода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="185"/>
        <source>loaded time (no demand)</source>
        <translation>время под нагрузкой (без потребления)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="187"/>
        <source>unloaded time (no demand)</source>
        <translation>время холостого хода (без потребления)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="21"/>
        <source>compressor free-air delivery</source>
        <translation>производительность компрессора по свободному воздуху</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="189"/>
        <source>compressor full-load power</source>
        <translation>мощность компрессора при полной нагрузке</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="197"/>
        <source>share of output lost to leaks</source>
        <translation>доля производительности, теряемая с утечками</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="203"/>
        <source>Lower compressor discharge pressure</source>
        <translation>Снижение давления нагнетания компрессора</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="207"/>
        <source>present pressure (gauge)</source>
        <translation>текущее давление (избыточное)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="209"/>
        <source>new pressure (gauge)</source>
        <translation>новое давление (избыточное)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="174"/>
        <location filename="../../recp_audit/calc/compressed_air.py" line="211"/>
        <source>average compressor power</source>
        <translation>средняя мощность компрессора</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="23"/>
        <source>electricity lost to the leaks per year</source>
        <translation>электроэнергия, теряемая с утечками, в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="25"/>
        <source>electricity the repair saves per year</source>
        <translation>электроэнергия, сберегаемая ремонтом, в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="78"/>
        <source>the leaks lose {flow:.3g} m³/min, more than the compressor delivers ({capacity:.3g} m³/min): check the hole size, number or pressure</source>
        <translation>через утечки уходит {flow:.3g} м³/мин, больше производительности компрессора ({capacity:.3g} м³/мин): проверьте размер отверстий, их число или давление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="83"/>
        <source>the leaks need {loss:.4g} kWh a year, more than the compressor uses ({used:.4g} kWh): check the inputs</source>
        <translation>на утечки нужно {loss:.4g} кВт·ч в год, больше, чем потребляет компрессор ({used:.4g} кВт·ч): проверьте исходные данные</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="167"/>
        <source>share of the leak flow a repair programme removes</source>
        <translation>доля утечек, устраняемая программой ремонта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="193"/>
        <source>leakage left after repair (share of output)</source>
        <translation>утечки, остающиеся после ремонта (доля производительности)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="213"/>
        <source>compression stages</source>
        <translation>ступеней сжатия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="215"/>
        <source>polytropic exponent (1.12 oil-injected screw, 1.4 dry adiabatic)</source>
        <translation>показатель политропы (1,12 маслозаполненный винтовой, 1,4 сухое адиабатное сжатие)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="219"/>
        <location filename="../../recp_audit/calc/motors.py" line="148"/>
        <location filename="../../recp_audit/calc/motors.py" line="169"/>
        <source>power saved</source>
        <translation>экономия мощности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="220"/>
        <source>share of power saved</source>
        <translation>доля экономии мощности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="241"/>
        <source>Heat recovery from a compressor or machine</source>
        <translation>Утилизация тепла компрессора или машины</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="243"/>
        <source>average electrical input</source>
        <translation>средняя потребляемая электрическая мощность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="245"/>
        <source>share recoverable as heat</source>
        <translation>доля, утилизируемая как тепло</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="247"/>
        <source>efficiency of the heating it replaces</source>
        <translation>КПД замещаемого источника тепла</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="252"/>
        <source>heat recovered per year</source>
        <translation>утилизированное тепло в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/finance.py" line="68"/>
        <source>Payback, NPV and IRR</source>
        <translation>Срок окупаемости, ЧДД и ВНД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/finance.py" line="70"/>
        <source>investment</source>
        <translation>инвестиции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/finance.py" line="71"/>
        <source>saving per year</source>
        <translation>экономия в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/finance.py" line="72"/>
        <source>lifetime</source>
        <translation>срок службы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/finance.py" line="74"/>
        <source>discount rate</source>
        <translation>ставка дисконтирования</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/finance.py" line="76"/>
        <source>simple payback</source>
        <translation>простой срок окупаемости</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/finance.py" line="77"/>
        <source>net present value</source>
        <translation>чистый дисконтированный доход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/finance.py" line="78"/>
        <source>internal rate of return</source>
        <translation>внутренняя норма доходности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="83"/>
        <source>surface_temperature must be above ambient_temperature ({ambient:~P})</source>
        <translation>surface_temperature должна быть выше ambient_temperature ({ambient:~P})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="91"/>
        <source>give flange_diameter larger than the pipe ({pipe:~P}) for the flanges</source>
        <translation>для фланцев укажите flange_diameter больше диаметра трубы ({pipe:~P})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="119"/>
        <source>the insulated surface stays at {surface:.0f} °C, hot enough to burn at a touch (ASTM C1055: at most {safe:.0f} °C): add insulation</source>
        <translation>поверхность изоляции остаётся горячей, {surface:.0f} °C, — прикосновение обожжёт (ASTM C1055: не выше {safe:.0f} °C): утеплите толще</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="131"/>
        <source>Heat loss of bare and insulated pipes</source>
        <translation>Теплопотери неизолированных и изолированных трубопроводов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="135"/>
        <source>pipe outer diameter</source>
        <translation>наружный диаметр трубы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="137"/>
        <source>pipe surface (medium) temperature</source>
        <translation>температура поверхности трубы (среды)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="139"/>
        <source>ambient air temperature</source>
        <translation>температура окружающего воздуха</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="141"/>
        <source>length</source>
        <translation>длина</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="144"/>
        <source>emissivity of the bare pipe</source>
        <translation>степень черноты неизолированной трубы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="146"/>
        <source>insulation thickness</source>
        <translation>толщина изоляции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="148"/>
        <source>insulation thermal conductivity</source>
        <translation>теплопроводность изоляции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="151"/>
        <source>emissivity of the cladding</source>
        <translation>степень черноты покровного слоя</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="153"/>
        <source>bare flange pairs</source>
        <translation>неизолированных фланцевых пар</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="155"/>
        <source>flange outer diameter</source>
        <translation>наружный диаметр фланца</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="157"/>
        <source>width of a flange pair</source>
        <translation>ширина фланцевой пары</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="250"/>
        <location filename="../../recp_audit/calc/insulation.py" line="159"/>
        <source>price of heat</source>
        <translation>цена тепловой энергии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="161"/>
        <source>bare pipe loss per metre</source>
        <translation>потери неизолированной трубы на метр</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="162"/>
        <source>loss of the bare flanges</source>
        <translation>потери неизолированных фланцев</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="163"/>
        <source>bare pipe loss</source>
        <translation>потери неизолированной трубы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="164"/>
        <source>bare pipe loss per year</source>
        <translation>потери неизолированной трубы в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="165"/>
        <source>cost of the bare pipe loss per year</source>
        <translation>стоимость потерь неизолированной трубы в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="166"/>
        <source>insulated loss per metre</source>
        <translation>потери с изоляцией на метр</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="167"/>
        <source>insulation surface temperature</source>
        <translation>температура поверхности изоляции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/insulation.py" line="169"/>
        <source>heat saved per year</source>
        <translation>экономия тепла в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/compressed_air.py" line="27"/>
        <location filename="../../recp_audit/calc/compressed_air.py" line="255"/>
        <location filename="../../recp_audit/calc/steam.py" line="149"/>
        <location filename="../../recp_audit/calc/insulation.py" line="171"/>
        <location filename="../../recp_audit/calc/combustion.py" line="151"/>
        <location filename="../../recp_audit/calc/motors.py" line="151"/>
        <location filename="../../recp_audit/calc/motors.py" line="173"/>
        <location filename="../../recp_audit/calc/water.py" line="84"/>
        <location filename="../../recp_audit/calc/electrical.py" line="94"/>
        <location filename="../../recp_audit/calc/electrical.py" line="117"/>
        <source>money saved per year</source>
        <translation>экономия денег в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="35"/>
        <source>efficiency classes cover 0.75 to 1000 kW, not {power:g} kW; give the efficiency itself</source>
        <translation>классы энергоэффективности охватывают 0,75–1000 кВт, а не {power:g} кВт; укажите сам КПД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="47"/>
        <source>give efficiency_{which} or class_{which} (IE1 ... IE4)</source>
        <translation>укажите efficiency_{which} или class_{which} (IE1 … IE4)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="61"/>
        <source>efficiency_new must be above efficiency_old ({old:.1%})</source>
        <translation>efficiency_new должен быть выше efficiency_old ({old:.1%})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="84"/>
        <source>flow_profile: &quot;{part}&quot; is not flow%:time% (e.g. 80:50)</source>
        <translation>flow_profile: «{part}» не в виде расход%:время% (например, 80:50)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="88"/>
        <source>flow_profile needs flow% between 1 and 120 and time% of 0 or more, e.g. 100:20,80:50,60:30</source>
        <translation>flow_profile: расход% от 1 до 120 и время% не меньше 0, например 100:20,80:50,60:30</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="92"/>
        <source>flow_profile: the time shares add up to {total:g} %, not 100 %</source>
        <translation>flow_profile: доли времени в сумме {total:g} %, а не 100 %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="119"/>
        <source>with this duty profile the drive would use more than the throttled machine does now: speed control saves nothing here</source>
        <translation>при таком графике нагрузки привод потреблял бы больше, чем машина с дросселированием сейчас: регулирование частоты вращения здесь ничего не экономит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="128"/>
        <source>Replace a motor by a more efficient one</source>
        <translation>Замена электродвигателя на более эффективный</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="131"/>
        <source>rated output power</source>
        <translation>номинальная мощность на валу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="133"/>
        <source>load (share of rated output)</source>
        <translation>загрузка (доля номинальной мощности)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="136"/>
        <source>present motor efficiency</source>
        <translation>КПД текущего двигателя</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="138"/>
        <source>new motor efficiency</source>
        <translation>КПД нового двигателя</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="140"/>
        <source>or the present motor&apos;s class (IEC 60034-30-1)</source>
        <translation>или класс текущего двигателя (IEC 60034-30-1)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="143"/>
        <source>or the new motor&apos;s class</source>
        <translation>или класс нового двигателя</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="146"/>
        <source>input power now</source>
        <translation>потребляемая мощность сейчас</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="147"/>
        <source>input power with the new motor</source>
        <translation>потребляемая мощность с новым двигателем</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="27"/>
        <source>power_factor_target must be above power_factor_now ({now:.2f})</source>
        <translation>power_factor_target должен быть выше power_factor_now ({now:.2f})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="64"/>
        <source>the new lighting uses more electricity than the present one</source>
        <translation>новое освещение потребляет больше электроэнергии, чем нынешнее</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="72"/>
        <source>Power-factor correction</source>
        <translation>Компенсация реактивной мощности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="74"/>
        <source>average real power</source>
        <translation>средняя активная мощность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="75"/>
        <source>power factor now (cos φ)</source>
        <translation>коэффициент мощности сейчас (cos φ)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="77"/>
        <source>target power factor</source>
        <translation>целевой коэффициент мощности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="80"/>
        <source>resistive losses in cables and transformers now</source>
        <translation>нагрузочные потери в кабелях и трансформаторах сейчас</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="84"/>
        <source>price of reactive energy</source>
        <translation>цена реактивной энергии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="86"/>
        <source>capacitor rating</source>
        <translation>мощность конденсаторной установки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="87"/>
        <source>apparent power now</source>
        <translation>полная мощность сейчас</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="88"/>
        <source>apparent power after</source>
        <translation>полная мощность после</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="89"/>
        <source>current reduction</source>
        <translation>снижение тока</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="90"/>
        <source>losses saved per year</source>
        <translation>снижение потерь в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="92"/>
        <source>reactive energy no longer drawn per year</source>
        <translation>реактивная энергия, больше не потребляемая из сети, в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="98"/>
        <source>Lighting retrofit and controls</source>
        <translation>Модернизация освещения и управление им</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="100"/>
        <source>luminaires now</source>
        <translation>светильников сейчас</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="101"/>
        <source>power per luminaire now (with gear)</source>
        <translation>мощность светильника сейчас (с ПРА)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="103"/>
        <source>new luminaires</source>
        <translation>новых светильников</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="104"/>
        <source>power per new luminaire</source>
        <translation>мощность нового светильника</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="107"/>
        <source>saving by occupancy and daylight controls</source>
        <translation>экономия от датчиков присутствия и естественного света</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="111"/>
        <source>lighting load now</source>
        <translation>нагрузка освещения сейчас</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="112"/>
        <source>lighting load after</source>
        <translation>нагрузка освещения после</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/electrical.py" line="113"/>
        <source>lighting electricity now per year</source>
        <translation>электроэнергия на освещение сейчас в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="149"/>
        <location filename="../../recp_audit/calc/motors.py" line="171"/>
        <location filename="../../recp_audit/calc/electrical.py" line="114"/>
        <source>electricity saved per year</source>
        <translation>экономия электроэнергии в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="155"/>
        <source>Variable-speed drive on a pump or fan</source>
        <translation>Частотный привод насоса или вентилятора</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="158"/>
        <source>input power now (throttled)</source>
        <translation>потребляемая мощность сейчас (дросселирование)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="161"/>
        <source>duty profile flow%:time%</source>
        <translation>режим работы расход%:время%</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="163"/>
        <source>static head (share of design head)</source>
        <translation>статический напор (доля расчётного напора)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="165"/>
        <source>drive efficiency</source>
        <translation>КПД преобразователя частоты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="168"/>
        <source>average power with the drive</source>
        <translation>средняя мощность с преобразователем</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/motors.py" line="170"/>
        <location filename="../../recp_audit/calc/electrical.py" line="116"/>
        <source>share saved</source>
        <translation>доля экономии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="70"/>
        <source>pressure: below about {gauge:.2f} bar (gauge) steam leaves the orifice below sonic speed, and Napier&apos;s equation overstates the loss</source>
        <translation>pressure: ниже примерно {gauge:.2f} бар (изб.) пар выходит из отверстия с дозвуковой скоростью, и формула Напье завышает потери</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="80"/>
        <source>Steam lost through failed steam traps</source>
        <translation>Потери пара через неисправные конденсатоотводчики</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="83"/>
        <source>steam pressure (gauge)</source>
        <translation>давление пара (избыточное)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="85"/>
        <source>trap orifice diameter</source>
        <translation>диаметр седла конденсатоотводчика</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="87"/>
        <source>number of such failed traps</source>
        <translation>число таких неисправных конденсатоотводчиков</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="91"/>
        <source>cost of steam</source>
        <translation>стоимость пара</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="93"/>
        <source>steam lost</source>
        <translation>потери пара</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="94"/>
        <source>steam lost per year</source>
        <translation>потери пара в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="95"/>
        <source>heat of the steam lost per year</source>
        <translation>теплота теряемого пара в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="112"/>
        <source>condensate_temperature must be above makeup_temperature ({makeup:~P})</source>
        <translation>condensate_temperature должна быть выше makeup_temperature ({makeup:~P})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="131"/>
        <source>Return condensate to the boiler</source>
        <translation>Возврат конденсата в котельную</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="133"/>
        <source>condensate now drained</source>
        <translation>конденсат, сбрасываемый сейчас</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="136"/>
        <source>condensate temperature</source>
        <translation>температура конденсата</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="28"/>
        <source>make-up water temperature</source>
        <translation>температура подпиточной воды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="142"/>
        <source>price of treated make-up water</source>
        <translation>цена подготовленной подпиточной воды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="144"/>
        <source>heat returned per year</source>
        <translation>возвращённое тепло в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/steam.py" line="147"/>
        <source>water saved per year</source>
        <translation>экономия воды в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/calc_cli.py" line="55"/>
        <source>{name} is given twice</source>
        <translation>{name} задан дважды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/calc_cli.py" line="60"/>
        <source>&quot;{word}&quot; is not key=value (for example pressure=7 bar)</source>
        <translation>«{word}» не в виде ключ=значение (например, pressure=7 bar)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/calc_cli.py" line="71"/>
        <source>Inputs:</source>
        <translation>Исходные данные:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/calc_cli.py" line="72"/>
        <source>Results:</source>
        <translation>Результаты:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/calc_cli.py" line="73"/>
        <source>Warning:</source>
        <translation>Предупреждение:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="105"/>
        <source>{name}: &quot;{given}&quot; is not one of {choices}</source>
        <translation>{name}: «{given}» не входит в {choices}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="55"/>
        <location filename="../../recp_audit/calc/core.py" line="142"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="132"/>
        <source>{name}: give the currency with the amount, e.g. {example}</source>
        <translation>{name}: укажите валюту вместе с суммой, например {example}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="151"/>
        <source>{name}: &quot;{given}&quot; is {kind}, but {name} needs {expected} ({unit})</source>
        <translation>{name}: «{given}» — это {kind}, а для {name} нужна величина «{expected}» ({unit})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="163"/>
        <source>{name} cannot be negative (got {value:~P})</source>
        <translation>{name} не может быть отрицательным (введено {value:~P})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="179"/>
        <source>{name} must be greater than {bound} {unit} (got {value:g} {unit})</source>
        <translation>{name} должно быть больше {bound} {unit} (задано {value:g} {unit})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="181"/>
        <source>{name} must be at least {bound} {unit} (got {value:g} {unit})</source>
        <translation>{name} должно быть не меньше {bound} {unit} (задано {value:g} {unit})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="186"/>
        <source>{name} must be below {bound} {unit} (got {value:g} {unit})</source>
        <translation>{name} должно быть меньше {bound} {unit} (задано {value:g} {unit})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="188"/>
        <source>{name} must be at most {bound} {unit} (got {value:g} {unit})</source>
        <translation>{name} должно быть не больше {bound} {unit} (задано {value:g} {unit})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="231"/>
        <source>{calculator} has no parameter &quot;{name}&quot; (its parameters: {names})</source>
        <translation>у калькулятора {calculator} нет параметра «{name}» (его параметры: {names})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="249"/>
        <source>{calculator} needs {name} ({label}, in {unit})</source>
        <translation>калькулятору {calculator} нужен параметр {name} ({label}, в {unit})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="273"/>
        <source>{calculator}: money is given in several currencies ({currencies}); convert it to one currency first</source>
        <translation>{calculator}: денежные величины заданы в разных валютах ({currencies}); сначала пересчитайте их в одну валюту</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/uncertainty.py" line="163"/>
        <source>{name} has no value to which an uncertainty could apply</source>
        <translation>у {name} нет значения, к которому можно отнести погрешность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="49"/>
        <source>Water leak from a pressurised pipe</source>
        <translation>Утечка воды из напорного трубопровода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="51"/>
        <source>water pressure (gauge)</source>
        <translation>давление воды (избыточное)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="57"/>
        <source>hours per year under pressure</source>
        <translation>часов в год под давлением</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="59"/>
        <source>price of water</source>
        <translation>цена воды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="61"/>
        <source>water lost</source>
        <translation>потери воды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="62"/>
        <source>water lost per year</source>
        <translation>потери воды в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="68"/>
        <source>Reuse of water on site</source>
        <translation>Повторное использование воды на предприятии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="70"/>
        <source>water reused per year</source>
        <translation>повторно используемая вода в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="72"/>
        <source>price of fresh water</source>
        <translation>цена свежей воды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="74"/>
        <source>price of wastewater discharge</source>
        <translation>цена отведения сточных вод</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="76"/>
        <source>cost of treating the reused water</source>
        <translation>затраты на подготовку повторно используемой воды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="78"/>
        <source>fresh water saved per year</source>
        <translation>экономия свежей воды в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="80"/>
        <source>wastewater avoided per year</source>
        <translation>сокращение сточных вод в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/water.py" line="82"/>
        <source>cost of treating the reused water per year</source>
        <translation>затраты на очистку повторно используемой воды в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="30"/>
        <source>Heating oil</source>
        <translation>Печное топливо</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/core.py" line="31"/>
        <source>Grid electricity</source>
        <translation>Электроэнергия из сети</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="51"/>
        <source>composition: &quot;{piece}&quot; is not name=percent (e.g. C=84)</source>
        <translation>состав: «{piece}» не в виде имя=процент (например, C=84)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="56"/>
        <source>composition: give mass % of C, H, S, O, N, W (moisture), A (ash) or volume % of CH4, C2H6, C3H8, C4H10, H2, CO2, N2 (not {names})</source>
        <translation>состав: укажите масс. % C, H, S, O, N, W (влага), A (зола) или об. % CH4, C2H6, C3H8, C4H10, H2, CO2, N2 (не {names})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="62"/>
        <source>composition adds up to {total:g} %, not 100 %</source>
        <translation>состав в сумме даёт {total:g} %, а не 100 %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="66"/>
        <source>composition: give either elements by mass or gases by volume, not both</source>
        <translation>состав: укажите либо элементы по массе, либо газы по объёму, но не то и другое</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="121"/>
        <source>{name} is below the acid dew point of the flue gas (about {dew:.0f} °C): sulphuric acid condenses and corrodes the heat exchanger and stack</source>
        <translation>{name} ниже кислотной точки росы уходящих газов (около {dew:.0f} °C): конденсируется серная кислота, она разъедает теплообменник и дымовую трубу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="126"/>
        <source>{name} is below the water dew point of the flue gas (about {dew:.0f} °C): the gas condenses; the heat balance leaves its latent heat out and needs a condensing, corrosion-proof heat exchanger</source>
        <translation>{name} ниже точки росы водяных паров уходящих газов (около {dew:.0f} °C): газы конденсируются; тепловой баланс не учитывает теплоту конденсации, а теплообменник нужен конденсационный, стойкий к коррозии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="146"/>
        <source>give the net calorific value (ncv) of the gas, e.g. 49 MJ/kg</source>
        <translation>укажите низшую теплоту сгорания газа (ncv), например 49 MJ/kg</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="150"/>
        <source>the composition gives no heating value; check it or give ncv</source>
        <translation>по этому составу теплота сгорания не получается; проверьте его или укажите ncv</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="184"/>
        <source>o2 gives {excess:.1f} times the air the fuel needs: check the probe for air leaking into the flue and that the burner was firing</source>
        <translation>по o2 воздуха в {excess:.1f} раза больше, чем нужно топливу: проверьте, не подсасывается ли воздух в газоход у зонда и работала ли горелка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="191"/>
        <source>these readings give a flue-gas loss of {loss:.0f} %, so no heat would be left for the boiler: check o2 ({o2:~P}) and the flue-gas temperature</source>
        <translation>при этих показаниях потеря с уходящими газами составляет {loss:.0f} %, и котлу не остаётся тепла: проверьте o2 ({o2:~P}) и температуру уходящих газов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="199"/>
        <source>Flue-gas loss from the fuel composition</source>
        <translation>Потери с уходящими газами по составу топлива</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="202"/>
        <source>composition: C=..,H=..,S=..,O=..,N=..,W=..,A=.. (mass %) or CH4=.. (vol %)</source>
        <translation>состав: C=..,H=..,S=..,O=..,N=..,W=..,A=.. (масс. %) или CH4=.. (об. %)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="205"/>
        <source>net calorific value (as received)</source>
        <translation>низшая теплота сгорания (рабочая масса)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="216"/>
        <source>air per kg of fuel</source>
        <translation>воздух на 1 кг топлива</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="217"/>
        <source>dry flue gas per kg of fuel</source>
        <translation>сухие газы на 1 кг топлива</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="218"/>
        <source>net calorific value used</source>
        <translation>использованная низшая теплота сгорания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="219"/>
        <source>water dew point of the flue gas</source>
        <translation>точка росы водяных паров уходящих газов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/combustion_composition.py" line="221"/>
        <source>sulphuric-acid dew point of the flue gas</source>
        <translation>точка росы серной кислоты в уходящих газах</translation>
    </message>
</context>
<context>
    <name>CalculatorForm</name>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="47"/>
        <source>Reference: {reference}</source>
        <translation>Источник: {reference}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="53"/>
        <source>Input</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="53"/>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="106"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="53"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="73"/>
        <source>Uncertainty of this input, e.g. 0.2 bar; the results then carry a range</source>
        <translation>Погрешность этого значения, например 0.2 bar; тогда результаты получают диапазон</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="106"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="128"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="128"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="130"/>
        <source>Type a number with its unit, e.g. 7 bar or 650 kPa</source>
        <translation>Введите число с единицей, например 7 бар или 650 кПа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="155"/>
        <source>The unit of the number typed on the left</source>
        <translation>Единица числа, введённого слева</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="178"/>
        <source>Take a measured value of this audit</source>
        <translation>Взять измеренное значение этого аудита</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/calculator_form.py" line="251"/>
        <source>To calculate, fill in: {fields}</source>
        <translation>Для расчёта заполните: {fields}</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="241"/>
        <source>Why, and how far it has got</source>
        <translation>Почему и на какой стадии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="255"/>
        <source>Notes: who was contacted, what was agreed…</source>
        <translation>Заметки: с кем связались, о чём договорились…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="256"/>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="361"/>
        <source>Save status</source>
        <translation>Сохранить статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="260"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="273"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="273"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="273"/>
        <source>Offered</source>
        <translation>Предлагает</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="274"/>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="274"/>
        <source>Needed</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="274"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="274"/>
        <source>t/yr</source>
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="275"/>
        <source>CO2e avoided,
t/yr</source>
        <translation>Снижение CO2e,
т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="275"/>
        <source>Money
per year</source>
        <translation>Выгода
в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="276"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="313"/>
        <source>No candidates yet: add the streams each enterprise offers and needs (Streams tab, a survey import, or drafts from an audit), then run the matching.</source>
        <translation>Кандидатов пока нет: добавьте потоки, которые предприятия предлагают и которые им нужны (вкладка «Потоки», импорт анкет или черновики из аудита), затем запустите подбор.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="334"/>
        <source>{tonnes} t a year diverted from disposal</source>
        <translation>{tonnes} т в год не идёт на захоронение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="337"/>
        <source>{co2e} t CO2e a year avoided net of transport</source>
        <translation>{co2e} т CO2e в год за вычетом перевозки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="340"/>
        <source>transport emits {co2e} t CO2e a year</source>
        <translation>перевозка даёт {co2e} т CO2e в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="343"/>
        <source>worth {money} {currency} a year</source>
        <translation>выгода {money} {currency} в год</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../recp_audit/checklists/scoring.py" line="21"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/scoring.py" line="22"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/scoring.py" line="23"/>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/scoring.py" line="24"/>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/scoring.py" line="25"/>
        <source>Not evaluated</source>
        <translation>Не оценивалось</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="26"/>
        <source>All items</source>
        <translation>Все пункты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="27"/>
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="28"/>
        <source>Findings</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="29"/>
        <source>With photos</source>
        <translation>С фотографиями</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="82"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/checklist.py" line="83"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="82"/>
        <source>← Checklists</source>
        <translation>← Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="89"/>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="93"/>
        <source>Move to version {version}…</source>
        <translation>Перейти на версию {version}…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="147"/>
        <source>Keys: Y yes · N no · P partly · A not applicable · E not evaluated · 1–9 choice · Enter next item</source>
        <translation>Клавиши: Y да · N нет · P частично · A неприменимо · E не оценивалось · 1–9 вариант · Enter следующий пункт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="298"/>
        <source>%v of %m answered</source>
        <translation>отвечено %v из %m</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="301"/>
        <source>score {score} %</source>
        <translation>балл {score} %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="302"/>
        <source>{count} findings</source>
        <translation>замечаний: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="304"/>
        <source>{na} not applicable, {ne} not evaluated</source>
        <translation>неприменимо: {na}, не оценивалось: {ne}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="307"/>
        <source>{count} required unanswered</source>
        <translation>обязательных без ответа: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="328"/>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="530"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="368"/>
        <source>No items match the filter.</source>
        <translation>Нет пунктов, подходящих под фильтр.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="391"/>
        <source>⚑ This answer is a finding.</source>
        <translation>⚑ Этот ответ — замечание.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="396"/>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="419"/>
        <source>e.g. 6,5 or 650 kPa</source>
        <translation>например 6,5 или 650 кПа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="428"/>
        <source>above {value}</source>
        <translation>выше {value}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="430"/>
        <source>below {value}</source>
        <translation>ниже {value}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="432"/>
        <source>A value {limits}{unit} is a finding.</source>
        <translation>Значение {limits}{unit} — замечание.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="433"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="509"/>
        <source>Suggested option: {title} ({details})</source>
        <translation>Предлагаемое мероприятие: {title} ({details})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="516"/>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="532"/>
        <source>Draft option created</source>
        <translation>Черновик мероприятия создан</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="517"/>
        <source>Create draft option</source>
        <translation>Создать черновик мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="565"/>
        <source>Reduced to {side} pixels before storing: {files}</source>
        <translation>Уменьшено до {side} пикселей перед сохранением: {files}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="576"/>
        <source>Newer checklist version</source>
        <translation>Новая версия чек-листа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklist.py" line="577"/>
        <source>Version {new} of this checklist is available (this audit uses version {old}). Answers are kept for items that still exist; items that were removed are no longer shown. Move this audit to version {new}?</source>
        <translation>Доступна версия {new} этого чек-листа (в аудите используется версия {old}). Ответы на сохранившиеся пункты останутся; удалённые пункты больше не будут показаны. Перевести аудит на версию {new}?</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="50"/>
        <source>this field is given twice</source>
        <translation>это поле указано дважды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="62"/>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="74"/>
        <source>a tab character is used for indenting (indent with spaces)</source>
        <translation>для отступа использован символ табуляции (делайте отступы пробелами)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="77"/>
        <source>the YAML cannot be read: {detail}</source>
        <translation>YAML не читается: {detail}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="97"/>
        <source>the file is {size} bytes, more than a checklist can be ({limit} bytes)</source>
        <translation>размер файла {size} байт — больше допустимого для чек-листа ({limit} байт)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="102"/>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/loader.py" line="105"/>
        <source>the file cannot be read: {reason}</source>
        <translation>файл не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="36"/>
        <source>{source}, {where}, field &quot;{field}&quot;: {problem}</source>
        <translation>{source}, {where}, поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="167"/>
        <source>expected a set of named fields</source>
        <translation>ожидается набор именованных полей</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="171"/>
        <source>unknown field (allowed: {allowed})</source>
        <translation>неизвестное поле (допустимы: {allowed})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="178"/>
        <source>this field is required</source>
        <translation>это поле обязательно</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="184"/>
        <source>&quot;{value}&quot; is not a valid id (lower-case letters, digits, _ . - only)</source>
        <translation>«{value}» — недопустимый идентификатор (только строчные латинские буквы, цифры, _ . -)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="191"/>
        <source>expected a text in both languages (ru: …, en: …)</source>
        <translation>ожидается текст на двух языках (ru: …, en: …)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="197"/>
        <source>the {language} text is missing</source>
        <translation>нет текста на языке: {language}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="199"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="200"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="206"/>
        <source>&quot;{value}&quot; is not one of: {allowed}</source>
        <translation>«{value}» не входит в список: {allowed}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="216"/>
        <source>&quot;{value}&quot; is not a number from {minimum} to {maximum}</source>
        <translation>«{value}» — не число от {minimum} до {maximum}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="228"/>
        <source>the version must be a whole number from 1</source>
        <translation>версия должна быть целым числом от 1</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="238"/>
        <source>expected a list of sections</source>
        <translation>ожидается список разделов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="248"/>
        <source>section id &quot;{id}&quot; is used twice</source>
        <translation>идентификатор раздела «{id}» использован дважды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="253"/>
        <source>expected a list of items</source>
        <translation>ожидается список пунктов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="268"/>
        <source>item id &quot;{id}&quot; is used twice (first at {first})</source>
        <translation>идентификатор пункта «{id}» использован дважды (впервые: {first})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="278"/>
        <source>expected true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="284"/>
        <source>only number items have a unit</source>
        <translation>единица измерения бывает только у числовых пунктов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="310"/>
        <source>only choice items have choices</source>
        <translation>варианты бывают только у пунктов с выбором</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="315"/>
        <source>a choice item needs a list of at least two choices</source>
        <translation>пункту с выбором нужен список хотя бы из двух вариантов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="323"/>
        <source>choice &quot;{value}&quot; is listed twice</source>
        <translation>вариант «{value}» указан дважды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="343"/>
        <source>a text item cannot have a finding</source>
        <translation>у текстового пункта не может быть замечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="356"/>
        <source>&quot;{item}&quot; is not an earlier item of this checklist (skip logic can only depend on items above it)</source>
        <translation>«{item}» — не предыдущий пункт этого чек-листа (условие показа может зависеть только от пунктов выше)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/template.py" line="364"/>
        <source>skip logic can only depend on a yes/no or choice item</source>
        <translation>условие показа может зависеть только от пункта «да/нет» или с выбором</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="34"/>
        <source>sheet {sheet}, row {row}, column {column}</source>
        <translation>лист {sheet}, строка {row}, столбец {column}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="37"/>
        <source>sheet {sheet}, row {row}</source>
        <translation>лист {sheet}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="56"/>
        <source>the sheet is empty</source>
        <translation>лист пуст</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="61"/>
        <source>missing column(s): {columns}</source>
        <translation>нет столбцов: {columns}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="84"/>
        <source>&quot;{text}&quot; is not understood: write ${{item}} = &apos;answer&apos; (several joined with or) or selected(${{item}}, &apos;value&apos;)</source>
        <translation>«{text}» не распознано: пишите ${{item}} = &apos;ответ&apos; (несколько через or) или selected(${{item}}, &apos;значение&apos;)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="90"/>
        <source>a condition can depend on one item only, not {items}</source>
        <translation>условие может зависеть только от одного пункта, а не от {items}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="100"/>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>«{value}» не является числом</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="122"/>
        <source>for a number write &gt;7 or &lt;0.92, not &quot;{value}&quot;</source>
        <translation>для числа пишите &gt;7 или &lt;0.92, а не «{value}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="172"/>
        <source>there is no sheet named survey (sheets: {sheets})</source>
        <translation>нет листа survey (листы: {sheets})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="199"/>
        <source>unknown type &quot;{value}&quot; (use status, integer, decimal, select_one LIST, select_multiple LIST, text, begin_group, end_group)</source>
        <translation>неизвестный тип «{value}» (используйте status, integer, decimal, select_one СПИСОК, select_multiple СПИСОК, text, begin_group, end_group)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/checklists/xlsform.py" line="205"/>
        <source>the choice list &quot;{value}&quot; is not on the choices sheet</source>
        <translation>списка вариантов «{value}» нет на листе choices</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="60"/>
        <source>The audit no longer exists.</source>
        <translation>Аудит больше не существует.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="106"/>
        <source>The checklist no longer exists (it may have been removed).</source>
        <translation>Чек-лист больше не существует (возможно, его удалили).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="136"/>
        <source>&quot;{answer}&quot; is not an answer to this item</source>
        <translation>«{answer}» — недопустимый ответ на этот пункт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="150"/>
        <source>&quot;{answer}&quot; is not a choice of this item</source>
        <translation>«{answer}» — не вариант этого пункта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="184"/>
        <source>Item {item} is not in this checklist.</source>
        <translation>Пункта {item} нет в этом чек-листе.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/checklists.py" line="235"/>
        <source>Only a newer version of the same template can replace it.</source>
        <translation>Заменить шаблон можно только более новой версией того же шаблона.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/templates.py" line="43"/>
        <source>{path} already exists; choose another name or replace it</source>
        <translation>{path} уже существует; выберите другое имя или замените файл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/templates.py" line="55"/>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ChecklistsArea</name>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="64"/>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="142"/>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="169"/>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="69"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="69"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="69"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="70"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="70"/>
        <source>Findings</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="70"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="79"/>
        <source> (version {version} available)</source>
        <translation> (доступна версия {version})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="96"/>
        <source>No checklists in this audit yet. Add the checklists you will walk through: the self-diagnosis set for a club member, or the expert checklists of the areas you assess.</source>
        <translation>В этом аудите пока нет чек-листов. Добавьте чек-листы для обхода: набор самодиагностики для участника клуба или экспертные чек-листы оцениваемых областей.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="104"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="105"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="107"/>
        <source>Add checklists…</source>
        <translation>Добавить чек-листы…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="108"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="152"/>
        <source>Remove checklist</source>
        <translation>Удалить чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/checklists.py" line="153"/>
        <source>Remove «{name}» and all its answers, notes and photos from this audit?</source>
        <translation>Удалить «{name}» со всеми ответами, заметками и фотографиями из этого аудита?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../recp_audit/cli.py" line="260"/>
        <source>&quot;{text}&quot; is not an audit id (recp-audit info FILE lists them)</source>
        <translation>«{text}» не является идентификатором аудита (их перечисляет recp-audit info FILE)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="262"/>
        <source>&quot;{text}&quot; is not a park id (recp-audit info FILE lists them)</source>
        <translation>«{text}» не является идентификатором парка (их перечисляет recp-audit info FILE)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="331"/>
        <source>the park report is pdf or xlsx, not csv</source>
        <translation>отчёт по парку бывает pdf или xlsx, но не csv</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="363"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="364"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="386"/>
        <source>--top must be 1 or more</source>
        <translation>--top должно быть 1 или больше</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="438"/>
        <source>{path} already exists; choose another name</source>
        <translation>{path} уже существует; выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="691"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="701"/>
        <source>internal fault: {kind}: {text} (set RECP_AUDIT_DEBUG=1 to see the details)</source>
        <translation>внутренняя ошибка программы: {kind}: {text} (подробности — с RECP_AUDIT_DEBUG=1)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="264"/>
        <source>&quot;{text}&quot; is not an enterprise id (recp-audit info FILE lists them)</source>
        <translation>«{text}» — не идентификатор предприятия (их перечисляет recp-audit info FILE)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/cli.py" line="554"/>
        <source>the new login needs a password</source>
        <translation>новой учётной записи нужен пароль</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../recp_audit/codes/nace.py" line="243"/>
        <source>&quot;{typed}&quot; is not a NACE Rev. 2 or OKED/OKVED code</source>
        <translation>«{typed}» — не код NACE Rev. 2 и не код ОКЭД/ОКВЭД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/codes/nace.py" line="298"/>
        <source>&quot;{typed}&quot; can be read as {first} ({first_name}) or as {second} ({second_name}); type the code as text with its dots, for example &quot;{second}&quot;</source>
        <translation>«{typed}» можно прочитать как {first} ({first_name}) или как {second} ({second_name}); введите код как текст с точками, например «{second}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/codes/nace.py" line="306"/>
        <location filename="../../recp_audit/codes/nace.py" line="319"/>
        <location filename="../../recp_audit/codes/nace.py" line="347"/>
        <source>&quot;{typed}&quot; is read as {code} ({name}): the leading zero was lost, as when Excel stores a code as a number</source>
        <translation>«{typed}» прочитан как {code} ({name}): потерян ведущий ноль — так бывает, когда Excel хранит код как число</translation>
    </message>
    <message>
        <location filename="../../recp_audit/codes/nace.py" line="325"/>
        <source>&quot;{typed}&quot; is read as class {code} ({name}), the only class of group {group}: number formatting drops its last zero</source>
        <translation>«{typed}» прочитан как класс {code} ({name}), единственный класс группы {group}: при форматировании числа последний ноль отбрасывается</translation>
    </message>
    <message>
        <location filename="../../recp_audit/codes/nace.py" line="329"/>
        <source>&quot;{typed}&quot; is read as group {code} ({name}); if one of its classes was meant, number formatting may have cut it: type the class as text, for example &quot;{example}&quot;</source>
        <translation>«{typed}» прочитан как группа {code} ({name}); если имелся в виду один из её классов, форматирование числа могло его обрезать: введите класс как текст, например «{example}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/codes/nace.py" line="343"/>
        <source>&quot;{typed}&quot;: {wanted} is not a NACE Rev. 2 class; it is read as {code} ({name})</source>
        <translation>«{typed}»: {wanted} — не класс NACE Rev. 2; прочитан как {code} ({name})</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="26"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="27"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="28"/>
        <source>employees</source>
        <translation>численность персонала</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="29"/>
        <source>shifts</source>
        <translation>сменность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="30"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="31"/>
        <source>annual output</source>
        <translation>годовой выпуск</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="32"/>
        <source>main products</source>
        <translation>основная продукция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="33"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="34"/>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="35"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="36"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="37"/>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="38"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="39"/>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="40"/>
        <source>cost</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="41"/>
        <source>investment</source>
        <translation>инвестиции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="42"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="43"/>
        <source>caption</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="44"/>
        <source>calculator inputs</source>
        <translation>исходные данные расчёта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="45"/>
        <source>deleted or kept</source>
        <translation>удалить или оставить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="67"/>
        <source>Merge conflicts</source>
        <translation>Конфликты объединения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="70"/>
        <source>Two copies changed the same field differently, or one edited a record the other deleted. Until you decide, the record shows the later value. Your decision is saved as a new version and merges cleanly into the experts&apos; copies.</source>
        <translation>Две копии по-разному изменили одно поле, или одна изменила запись, которую другая удалила. Пока вы не решили, запись показывает более позднее значение. Ваше решение сохраняется как новая версия и без конфликтов объединяется с копиями экспертов.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="106"/>
        <source>No conflicts: every merged change fitted together.</source>
        <translation>Конфликтов нет: все объединённые изменения совместимы.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="129"/>
        <source>Before both changes: {value}</source>
        <translation>До обоих изменений: {value}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="133"/>
        <source>this file</source>
        <translation>этот файл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="133"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="135"/>
        <source>{who} (published by {login})</source>
        <translation>{who} (опубликовано учётной записью {login})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="144"/>
        <source>{who}, file {device}, {when}</source>
        <translation>{who}, файл {device}, {when}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="146"/>
        <source>Workspace file id: {id}</source>
        <translation>Идентификатор файла рабочего пространства: {id}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="149"/>
        <source>Other value:</source>
        <translation>Другое значение:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="166"/>
        <source>Resolve with these values</source>
        <translation>Принять эти значения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="182"/>
        <source>Delete it, with everything under it</source>
        <translation>Удалить вместе со всеми вложенными записями</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="184"/>
        <source>Keep it: {records} added or changed under it</source>
        <translation>Оставить: добавлены или изменены вложенные записи «{records}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="186"/>
        <source>Keep it with the edits</source>
        <translation>Оставить с изменениями</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/conflicts.py" line="201"/>
        <source>Resolve</source>
        <translation>Разрешить</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../../recp_audit/services/coverage.py" line="96"/>
        <source>{item}: answered differently by {people}</source>
        <translation>{item}: разные ответы — {people}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/coverage.py" line="127"/>
        <source>{point}, {quantity} ({unit}): {people} measured values that do not agree ({values})</source>
        <translation>{point}, {quantity} ({unit}): измерения {people} не согласуются ({values})</translation>
    </message>
</context>
<context>
    <name>CoverageArea</name>
    <message>
        <location filename="../../recp_audit/gui/pages/coverage.py" line="29"/>
        <source>Team coverage</source>
        <translation>Охват командой</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/coverage.py" line="32"/>
        <source>{audit}. Who answered the checklist sections and who measured at each point, from the files merged so far; below, where two experts disagree.</source>
        <translation>{audit}. Кто отвечал на разделы чек-листов и кто измерял в каждой точке — по объединённым файлам; ниже — где эксперты расходятся.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/coverage.py" line="38"/>
        <source>Checklist section</source>
        <translation>Раздел чек-листа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/coverage.py" line="39"/>
        <source>Measurement point</source>
        <translation>Точка измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/coverage.py" line="46"/>
        <source>No disagreements between experts.</source>
        <translation>Расхождений между экспертами нет.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/coverage.py" line="47"/>
        <source>Answers by section</source>
        <translation>Ответы по разделам</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/coverage.py" line="48"/>
        <source>Measurements by point</source>
        <translation>Измерения по точкам</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/coverage.py" line="49"/>
        <source>Disagreements</source>
        <translation>Расхождения</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="371"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="377"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="377"/>
        <location filename="../../recp_audit/gui/pages/options.py" line="378"/>
        <source>Saving</source>
        <translation>Экономия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="378"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="379"/>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="379"/>
        <source>Saved per year</source>
        <translation>Экономия в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="380"/>
        <source>By cleaner-production category</source>
        <translation>По категориям чистого производства</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="381"/>
        <source>By area</source>
        <translation>По областям</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="382"/>
        <source>Resources saved</source>
        <translation>Сэкономленные ресурсы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="387"/>
        <source>RECP indicators (UNEP/UNIDO), baseline year</source>
        <translation>Показатели РЭЧП (ЮНЕП/ЮНИДО), базовый год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="390"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="390"/>
        <source>Baseline</source>
        <translation>Базовая линия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="390"/>
        <source>After selected options</source>
        <translation>После выбранных мероприятий</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="391"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="437"/>
        <source>Saving per year</source>
        <translation>Экономия в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="440"/>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="442"/>
        <source>Simple payback</source>
        <translation>Простой срок окупаемости</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="443"/>
        <source>{years} years</source>
        <translation>{years} лет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="446"/>
        <source>CO2e avoided per year</source>
        <translation>Предотвращённые выбросы CO2-экв. в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="448"/>
        <source>Realised so far per year</source>
        <translation>Фактически достигнуто в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="471"/>
        <source>No output recorded: enter production in the baseline to get the indicators.</source>
        <translation>Выпуск продукции не записан: внесите производство в базовую линию, чтобы получить показатели.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../recp_audit/gui/date_field.py" line="41"/>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>дд.мм.гггг чч:мм</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/date_field.py" line="42"/>
        <source>yyyy-mm-dd</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/date_field.py" line="47"/>
        <source>Pick the date in a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/date_field.py" line="90"/>
        <source>the date stays {date}</source>
        <translation>оставлена прежняя дата {date}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/date_field.py" line="91"/>
        <source>the field stays empty</source>
        <translation>поле оставлено пустым</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../recp_audit/dates.py" line="49"/>
        <source>&quot;{text}&quot;: the year {year} is not between {first} and {last}</source>
        <translation>«{text}»: год {year} не между {first} и {last}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/dates.py" line="53"/>
        <source>&quot;{text}&quot;: there is no month {month}</source>
        <translation>«{text}»: месяца {month} не бывает</translation>
    </message>
    <message>
        <location filename="../../recp_audit/dates.py" line="57"/>
        <source>&quot;{text}&quot;: month {month:02d}.{year} has {days} days</source>
        <translation>«{text}»: в месяце {month:02d}.{year} всего {days} дней</translation>
    </message>
    <message>
        <location filename="../../recp_audit/dates.py" line="82"/>
        <source>&quot;{text}&quot; is not a date: type it as 15.01.2025</source>
        <translation>«{text}» — не дата: введите её как 15.01.2025</translation>
    </message>
    <message>
        <location filename="../../recp_audit/dates.py" line="104"/>
        <source>&quot;{text}&quot;: there is no time of day {hour}:{minute}</source>
        <translation>«{text}»: времени {hour}:{minute} не бывает</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="185"/>
        <source>Draft streams from the audit</source>
        <translation>Черновики потоков из аудита</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="189"/>
        <source>Tick the streams to add; edit them afterwards to give months, quality and prices.</source>
        <translation>Отметьте потоки, которые нужно добавить; затем уточните месяцы, качество и цены.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="297"/>
        <source>Baseline entry</source>
        <translation>Запись базовой линии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="303"/>
        <source>e.g. well, raw milk, sludge</source>
        <translation>например: скважина, молоко сырое, осадок</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="308"/>
        <source>kWh, m3, t …</source>
        <translation>кВт·ч, м3, т …</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="317"/>
        <source>What exactly: the meter, the material or the waste, as the enterprise names it</source>
        <translation>Что именно: счётчик, материал или отход, как их называют на предприятии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="319"/>
        <source>Year and month, e.g. 2025-03</source>
        <translation>Год и месяц, например 2025-03</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="320"/>
        <source>The amount used or produced in the month (a decimal comma is fine)</source>
        <translation>Количество, израсходованное или произведённое за месяц (можно с десятичной запятой)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="322"/>
        <source>The unit of the quantity, e.g. kWh, m3, t, Gcal</source>
        <translation>Единица количества, например кВт·ч, м3, т, Гкал</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="323"/>
        <source>What the month cost, in the audit&apos;s currency; empty when unknown</source>
        <translation>Затраты за месяц в валюте аудита; пусто, если неизвестны</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="325"/>
        <source>Where the number comes from: a meter, an invoice or an estimate</source>
        <translation>Откуда число: счётчик, счёт поставщика или оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="327"/>
        <source>For waste: its code in the European List of Waste</source>
        <translation>Для отходов: код по Европейскому каталогу отходов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="329"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="329"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="330"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="330"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="331"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="332"/>
        <source>Cost, {currency}</source>
        <translation>Стоимость, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="333"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/baseline.py" line="334"/>
        <source>EWC code (waste)</source>
        <translation>Код отхода (EWC)</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../recp_audit/choices.py" line="59"/>
        <source>Expert assessment</source>
        <translation>Экспертная оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="60"/>
        <source>Self-diagnosis</source>
        <translation>Самодиагностика</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="63"/>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="64"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="65"/>
        <source>Reporting</source>
        <translation>Подготовка отчёта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="66"/>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="69"/>
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="70"/>
        <location filename="../../recp_audit/choices.py" line="136"/>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="71"/>
        <location filename="../../recp_audit/choices.py" line="137"/>
        <location filename="../../recp_audit/choices.py" line="248"/>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="72"/>
        <location filename="../../recp_audit/choices.py" line="138"/>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="73"/>
        <source>Waste and emissions</source>
        <translation>Отходы и выбросы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="74"/>
        <source>Team member</source>
        <translation>Член группы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="94"/>
        <source>Good housekeeping</source>
        <translation>Рациональное ведение хозяйства</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="95"/>
        <source>Input material change</source>
        <translation>Замена исходных материалов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="96"/>
        <source>Better process control</source>
        <translation>Улучшение управления процессом</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="97"/>
        <source>Equipment modification</source>
        <translation>Модификация оборудования</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="98"/>
        <source>Technology change</source>
        <translation>Замена технологии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="99"/>
        <source>On-site recovery and reuse</source>
        <translation>Рециклинг и повторное использование на месте</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="100"/>
        <source>Production of a useful by-product</source>
        <translation>Получение полезного побочного продукта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="101"/>
        <source>Product modification</source>
        <translation>Модификация продукции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="116"/>
        <source>Identified</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="117"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="118"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="119"/>
        <location filename="../../recp_audit/choices.py" line="269"/>
        <source>Implemented</source>
        <translation>Внедрено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="120"/>
        <location filename="../../recp_audit/choices.py" line="270"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="139"/>
        <location filename="../../recp_audit/choices.py" line="202"/>
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="140"/>
        <location filename="../../recp_audit/choices.py" line="203"/>
        <source>Air emissions</source>
        <translation>Выбросы в атмосферу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="141"/>
        <source>Management</source>
        <translation>Управление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="162"/>
        <source>Power analyser</source>
        <translation>Анализатор качества электроэнергии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="163"/>
        <source>Power logger</source>
        <translation>Регистратор мощности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="164"/>
        <source>Flue-gas analyser</source>
        <translation>Газоанализатор дымовых газов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="165"/>
        <source>Ultrasonic flow meter</source>
        <translation>Ультразвуковой расходомер</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="166"/>
        <source>Thermal camera</source>
        <translation>Тепловизор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="167"/>
        <source>Contact thermometer</source>
        <translation>Контактный термометр</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="168"/>
        <source>Surface (infrared) thermometer</source>
        <translation>Пирометр (инфракрасный термометр)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="169"/>
        <source>Lux meter</source>
        <translation>Люксметр</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="170"/>
        <source>Ultrasonic leak detector</source>
        <translation>Ультразвуковой течеискатель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="171"/>
        <source>Pressure gauge</source>
        <translation>Манометр</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="172"/>
        <source>Data logger</source>
        <translation>Регистратор данных</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="173"/>
        <source>Other instrument</source>
        <translation>Другой прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="194"/>
        <source>Electricity</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="195"/>
        <source>Natural gas</source>
        <translation>Природный газ</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="196"/>
        <source>Heat</source>
        <translation>Тепловая энергия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="197"/>
        <source>Other fuels</source>
        <translation>Другие виды топлива</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="198"/>
        <source>Water intake</source>
        <translation>Водопотребление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="199"/>
        <source>Wastewater</source>
        <translation>Сточные воды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="200"/>
        <source>Raw materials</source>
        <translation>Сырьё</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="201"/>
        <source>Auxiliary materials</source>
        <translation>Вспомогательные материалы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="204"/>
        <source>Production</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="217"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="218"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="219"/>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="242"/>
        <source>Offered (output)</source>
        <translation>Предлагается (выход)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="243"/>
        <source>Needed (input)</source>
        <translation>Требуется (вход)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="246"/>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="247"/>
        <source>Energy (heat, steam)</source>
        <translation>Энергия (тепло, пар)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="249"/>
        <source>Gas</source>
        <translation>Газ</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="250"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="251"/>
        <source>Shared infrastructure</source>
        <translation>Общая инфраструктура</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="266"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="267"/>
        <source>Shortlisted</source>
        <translation>Отобран</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="268"/>
        <source>In talks</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="24"/>
        <source>National RECP expert</source>
        <translation>Национальный эксперт РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="25"/>
        <source>Audit lead</source>
        <translation>Руководитель аудита</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="26"/>
        <source>RECP club member</source>
        <translation>Участник клуба РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/choices.py" line="27"/>
        <source>Enterprise staff</source>
        <translation>Сотрудник предприятия</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../recp_audit/gui/errors.py" line="39"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/errors.py" line="42"/>
        <source>&lt;b&gt;Something went wrong, and the last action was not finished.&lt;/b&gt;&lt;br&gt;Everything saved before it is still in the workspace file, and you can go on working. If it happens again, copy the details and send them to whoever supports the program.&lt;br&gt;&lt;br&gt;Error: {summary}</source>
        <translation>&lt;b&gt;Что-то пошло не так, последнее действие не выполнено.&lt;/b&gt;&lt;br&gt;Всё, что было сохранено до него, осталось в файле рабочей области, и можно продолжать работу. Если ошибка повторится, скопируйте подробности и отправьте их тому, кто сопровождает программу.&lt;br&gt;&lt;br&gt;Ошибка: {summary}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/errors.py" line="52"/>
        <source>The details are also written to the log: {path}</source>
        <translation>Подробности также записаны в журнал: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/errors.py" line="57"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/errors.py" line="89"/>
        <source>RECP audit</source>
        <translation>Аудит РЭЧП</translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <location filename="../../recp_audit/calc/factors.py" line="68"/>
        <source>no fuel &quot;{fuel}&quot; in the emission factors (known: {known})</source>
        <translation>в коэффициентах выбросов нет топлива «{fuel}» (есть: {known})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/factors.py" line="90"/>
        <source>{fuel}: {amount} cannot be turned into energy (give it in kWh or t, or set the heating value per m³)</source>
        <translation>{fuel}: {amount} нельзя пересчитать в энергию (задайте в кВт·ч или т либо укажите теплоту сгорания на м³)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/factors.py" line="103"/>
        <source>no grid electricity factor for &quot;{region}&quot;</source>
        <translation>нет коэффициента выбросов энергосистемы для «{region}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/calc/factors.py" line="178"/>
        <source>{entry}: {key} &quot;{text}&quot; is not a quantity in {unit} or alike</source>
        <translation>{entry}: {key} «{text}» не является величиной в {unit} или подобных единицах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/emission_factors.py" line="68"/>
        <source>the audit does not exist</source>
        <translation>аудит не существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/emission_factors.py" line="86"/>
        <location filename="../../recp_audit/services/emission_factors.py" line="122"/>
        <source>say where the new value of {name} comes from</source>
        <translation>укажите источник нового значения {name}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/emission_factors.py" line="93"/>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>«{value}» не является числом</translation>
    </message>
</context>
<context>
    <name>FactorsDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="104"/>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="183"/>
        <source>Emission factors</source>
        <translation>Коэффициенты выбросов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="107"/>
        <source>Shipped values (IPCC 2006, IPCC AR5, IFI grid factors) can be replaced for this audit, e.g. by the heating value on the gas supplier&apos;s certificate. Clear a value to go back to the shipped one. The report lists the values used and their sources.</source>
        <translation>Поставляемые значения (МГЭИК 2006, МГЭИК ДО5, коэффициенты энергосистем МФИ) можно заменить для этого аудита, например теплотой сгорания из паспорта качества газа. Очистите значение, чтобы вернуться к поставляемому. В отчёте указываются использованные значения и их источники.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="134"/>
        <source>Factor</source>
        <translation>Коэффициент</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="134"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="135"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="135"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="136"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="147"/>
        <source>Right-click for documented alternatives: {values}</source>
        <translation>Правый щелчок — документированные альтернативы: {values}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="160"/>
        <source>Use {value} ({source})</source>
        <translation>Принять {value} ({source})</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../recp_audit/failures.py" line="19"/>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="21"/>
        <source>it is not a database file</source>
        <translation>это не файл базы данных</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="22"/>
        <source>another program is writing to it; try again when it has finished</source>
        <translation>в него сейчас пишет другая программа; повторите, когда она закончит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="24"/>
        <source>the file or its folder is read-only</source>
        <translation>файл или его папка доступны только для чтения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="26"/>
        <location filename="../../recp_audit/failures.py" line="39"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="28"/>
        <location filename="../../recp_audit/failures.py" line="42"/>
        <source>the disk could not be read or written</source>
        <translation>не удалось прочитать диск или записать на него</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="29"/>
        <source>the file cannot be opened</source>
        <translation>файл не открывается</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="31"/>
        <source>tables the program needs are missing (a damaged file or one of another program)</source>
        <translation>нет нужных программе таблиц (файл повреждён или создан другой программой)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="35"/>
        <source>it does not exist</source>
        <translation>его нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="36"/>
        <location filename="../../recp_audit/failures.py" line="37"/>
        <source>permission denied</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="38"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="40"/>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="41"/>
        <source>a part of the path is not a folder</source>
        <translation>часть пути — не папка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="65"/>
        <source>the database reported an error; the file may be damaged</source>
        <translation>база данных сообщила об ошибке; возможно, файл повреждён</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="70"/>
        <source>the archive is damaged or cut short</source>
        <translation>архив повреждён или обрезан</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="72"/>
        <source>its XML is damaged</source>
        <translation>его XML повреждён</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="74"/>
        <source>its text is not in a known encoding</source>
        <translation>его текст в неизвестной кодировке</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="76"/>
        <source>there is not enough memory</source>
        <translation>не хватает памяти</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="78"/>
        <source>the file system refused ({code})</source>
        <translation>файловая система отказала ({code})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="80"/>
        <source>an internal fault ({kind})</source>
        <translation>внутренняя ошибка программы ({kind})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/failures.py" line="88"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="466"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="467"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="468"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="468"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="469"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="470"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="471"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="472"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="473"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="473"/>
        <source>Park</source>
        <translation>Парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="474"/>
        <source>NACE code</source>
        <translation>Код NACE</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="475"/>
        <source>National code</source>
        <translation>Национальный код</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="476"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="477"/>
        <source>Employees</source>
        <translation>Работников</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="478"/>
        <source>Main products</source>
        <translation>Основная продукция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="479"/>
        <source>Shifts</source>
        <translation>Смен</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="480"/>
        <source>Annual output</source>
        <translation>Годовой выпуск</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="481"/>
        <source>Unit of the annual output</source>
        <translation>Единица годового выпуска</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="482"/>
        <source>Private</source>
        <translation>Не публиковать</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="483"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="484"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="484"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="485"/>
        <source>Baseline period start</source>
        <translation>Начало базового периода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="486"/>
        <source>Baseline period end</source>
        <translation>Конец базового периода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="487"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="488"/>
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="489"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="490"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="491"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="492"/>
        <source>Role in the team</source>
        <translation>Роль в команде</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="493"/>
        <source>Make</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="493"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="494"/>
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="495"/>
        <source>Quantities measured</source>
        <translation>Измеряемые величины</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="496"/>
        <source>Accuracy, %</source>
        <translation>Погрешность, %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="497"/>
        <source>Absolute accuracy</source>
        <translation>Абсолютная погрешность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="498"/>
        <source>Unit of the absolute accuracy</source>
        <translation>Единица абсолютной погрешности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="499"/>
        <source>Calibrated on</source>
        <translation>Дата поверки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="500"/>
        <source>Calibration due</source>
        <translation>Следующая поверка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="501"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="502"/>
        <source>Measurement point</source>
        <translation>Точка измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="503"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="504"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="504"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="505"/>
        <source>Taken at</source>
        <translation>Время измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="506"/>
        <source>Instrument</source>
        <translation>Прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="507"/>
        <source>Uncertainty</source>
        <translation>Неопределённость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="508"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="508"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="509"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="509"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="510"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="511"/>
        <source>Waste code (EWC)</source>
        <translation>Код отхода (EWC)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="512"/>
        <location filename="../../recp_audit/model/validation.py" line="516"/>
        <source>Fuel</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="513"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="514"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="515"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="517"/>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="518"/>
        <source>Lifetime</source>
        <translation>Срок службы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="519"/>
        <source>Discount rate</source>
        <translation>Ставка дисконтирования</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="520"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="521"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="522"/>
        <source>Savings</source>
        <translation>Экономия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="523"/>
        <source>Achieved</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="524"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="525"/>
        <source>Order in the group</source>
        <translation>Порядок в группе</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="526"/>
        <source>Base of the group</source>
        <translation>База группы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="527"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="528"/>
        <source>Hazardous</source>
        <translation>Опасный</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="529"/>
        <source>State</source>
        <translation>Агрегатное состояние</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="530"/>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="531"/>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="532"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="533"/>
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="534"/>
        <source>Disposal route</source>
        <translation>Способ утилизации</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="535"/>
        <source>Disposal cost</source>
        <translation>Стоимость утилизации</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="536"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="537"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="538"/>
        <source>Source file</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="539"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/first_run.py" line="68"/>
        <source>Welcome to RECP audit</source>
        <translation>Добро пожаловать в RECP audit</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/first_run.py" line="69"/>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/first_run.py" line="70"/>
        <source>How will you use the program?</source>
        <translation>Как вы будете работать с программой?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/first_run.py" line="74"/>
        <source>The program shows what your role needs first. You can change both later in File &gt; Settings.</source>
        <translation>Программа в первую очередь показывает то, что нужно для вашей роли. Язык и роль можно изменить позже: Файл &gt; Настройки.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/first_run.py" line="76"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/unsaved.py" line="22"/>
        <source>Close the form without saving? What you typed will be lost.</source>
        <translation>Закрыть форму без сохранения? Введённые данные будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/unsaved.py" line="76"/>
        <source>Don&apos;t save</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="36"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="37"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="38"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="40"/>
        <source>What the person does in audits: expert, audit lead, club member or enterprise staff</source>
        <translation>Роль человека в аудитах: эксперт, руководитель аудита, участник клуба или сотрудник предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="41"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="48"/>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="62"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="49"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="50"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="51"/>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="72"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="52"/>
        <source>Decimal degrees north, e.g. 54.2279; with the longitude it gives distances between enterprises</source>
        <translation>Градусы северной широты с десятичной частью, например 54.2279; вместе с долготой дают расстояния между предприятиями</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="53"/>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="73"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="54"/>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="212"/>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="259"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="63"/>
        <source>Park</source>
        <translation>Парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="63"/>
        <source>(not in a park)</source>
        <translation>(вне парка)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="64"/>
        <source>NACE Rev. 2.1 code</source>
        <translation>Код NACE Rev. 2.1</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="65"/>
        <source>The main activity as a NACE Rev. 2.1 class, e.g. 10.51 for dairies</source>
        <translation>Основной вид деятельности как класс NACE Rev. 2.1, например 10.51 для молочных заводов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="66"/>
        <source>Other activities (NACE)</source>
        <translation>Другие виды деятельности (NACE)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="68"/>
        <source>Further NACE Rev. 2.1 classes the enterprise works in, separated by semicolons (a utility: heat 35.30 and wastewater 37.00)</source>
        <translation>Другие классы NACE Rev. 2.1, в которых работает предприятие, через точку с запятой (коммунальное предприятие: тепло 35.30 и стоки 37.00)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="69"/>
        <source>OKED / OKVED code</source>
        <translation>Код ОКЭД / ОКВЭД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="70"/>
        <source>The Belarusian OKED or Russian OKVED code of the main activity; shown with its NACE class</source>
        <translation>Код основного вида деятельности по белорусскому ОКЭД или российскому ОКВЭД; показывается вместе с классом NACE</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="71"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="74"/>
        <source>Employees</source>
        <translation>Работников</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="75"/>
        <source>Staff on the payroll, for the indicators per employee</source>
        <translation>Списочная численность, для показателей на одного работника</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="76"/>
        <source>Shifts per day</source>
        <translation>Смен в сутки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="77"/>
        <source>Main products</source>
        <translation>Основная продукция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="78"/>
        <source>Annual output</source>
        <translation>Годовой выпуск</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="79"/>
        <source>Production in the baseline year, the basis of consumption per unit of product</source>
        <translation>Выпуск за базовый год — основа удельного потребления на единицу продукции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="80"/>
        <source>Unit of output</source>
        <translation>Единица выпуска</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="81"/>
        <source>The unit of the output: t, m3, pcs, thousand cans …</source>
        <translation>Единица выпуска: т, м3, шт, тыс. банок …</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="82"/>
        <source>Private</source>
        <translation>Закрытое</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="83"/>
        <source>Keep on this computer: never published to a team server</source>
        <translation>Хранить только на этом компьютере: не публиковать на сервер команды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="91"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="92"/>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="195"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="94"/>
        <source>An expert assessment on site, or a self-diagnosis by the enterprise&apos;s own staff</source>
        <translation>Экспертная оценка на месте или самодиагностика силами сотрудников предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="95"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="97"/>
        <source>Baseline from</source>
        <translation>Базовый период с</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="98"/>
        <source>First day of the period the baseline consumption covers, usually 1 January of last year</source>
        <translation>Первый день периода базового потребления, обычно 1 января прошлого года</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="99"/>
        <source>Baseline to</source>
        <translation>Базовый период по</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="100"/>
        <source>Last day of the baseline period</source>
        <translation>Последний день базового периода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="101"/>
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="103"/>
        <source>The language of this audit&apos;s PDF report and workbook</source>
        <translation>Язык PDF-отчёта и книги Excel этого аудита</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="104"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="105"/>
        <source>All costs, prices and savings of this audit are in this currency</source>
        <translation>Все затраты, цены и экономия этого аудита — в этой валюте</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="134"/>
        <source>Edit person</source>
        <translation>Изменить данные человека</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="134"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="141"/>
        <source>Edit park</source>
        <translation>Изменить парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="141"/>
        <source>New park</source>
        <translation>Новый парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="143"/>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="150"/>
        <source>Edit enterprise</source>
        <translation>Изменить предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="150"/>
        <source>New enterprise</source>
        <translation>Новое предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="161"/>
        <source>Edit audit</source>
        <translation>Изменить аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="161"/>
        <source>New audit</source>
        <translation>Новый аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="197"/>
        <source>Make</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="198"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="199"/>
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="200"/>
        <source>As on the instrument&apos;s plate and its calibration certificate</source>
        <translation>Как на табличке прибора и в свидетельстве о поверке</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="201"/>
        <source>Accuracy, % of reading</source>
        <translation>Погрешность, % от показания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="203"/>
        <source>From the data sheet, e.g. 1.5 for ±1.5 % of the reading; gives each reading&apos;s uncertainty</source>
        <translation>Из паспорта прибора, например 1.5 для ±1,5 % от показания; даёт неопределённость каждого показания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="204"/>
        <source>Accuracy, absolute</source>
        <translation>Погрешность, абсолютная</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="206"/>
        <source>A fixed part of the accuracy, e.g. 0.5 for ±0.5 °C; added to the percentage</source>
        <translation>Постоянная часть погрешности, например 0.5 для ±0,5 °C; прибавляется к процентной</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="207"/>
        <source>Unit of absolute accuracy</source>
        <translation>Единица абсолютной погрешности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="209"/>
        <source>Calibrated on</source>
        <translation>Дата поверки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="210"/>
        <source>Calibration due</source>
        <translation>Поверка до</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="211"/>
        <source>After this date readings are still accepted but flagged as taken with an overdue instrument</source>
        <translation>После этой даты показания принимаются, но помечаются как снятые прибором с просроченной поверкой</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="238"/>
        <source>Edit instrument</source>
        <translation>Изменить прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="239"/>
        <source>New instrument</source>
        <translation>Новый прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="252"/>
        <source>Edit measurement point</source>
        <translation>Изменить точку измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="253"/>
        <source>New measurement point</source>
        <translation>Новая точка измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="255"/>
        <source>Equipment or place measured</source>
        <translation>Оборудование или место измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="256"/>
        <source>Compressor K-2 feeder</source>
        <translation>Компрессор К-2, питающий кабель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/forms.py" line="257"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../recp_audit/guides.py" line="22"/>
        <source>Start page</source>
        <translation>Начальная страница</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="23"/>
        <source>Everything is kept in one workspace file on this computer; nothing needs the internet. The tree on the left holds parks, enterprises and their audits.</source>
        <translation>Всё хранится в одном файле рабочего пространства на этом компьютере; интернет не нужен. В дереве слева — парки, предприятия и их аудиты.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="26"/>
        <source>Add a park (optional) and an enterprise with the buttons or the Records menu.</source>
        <translation>Добавьте парк (необязательно) и предприятие кнопками или через меню «Записи».</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="28"/>
        <source>Select the enterprise and create an audit: an expert assessment or a self-diagnosis.</source>
        <translation>Выберите предприятие и создайте аудит: экспертную оценку или самодиагностику.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="30"/>
        <source>Open the audit&apos;s sections in the tree from top to bottom: they follow the order of an RECP assessment.</source>
        <translation>Открывайте разделы аудита в дереве сверху вниз: они идут в порядке оценки РЭЧП.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="32"/>
        <source>File &gt; Open demo workspace shows a finished example.</source>
        <translation>Файл &gt; Открыть демонстрационное пространство показывает готовый пример.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="34"/>
        <source>Industrial park</source>
        <translation>Индустриальный парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="35"/>
        <source>A park groups the enterprises of one site, so that their by-products and waste can be matched to each other&apos;s needs (industrial symbiosis).</source>
        <translation>Парк объединяет предприятия одной площадки, чтобы их побочные продукты и отходы можно было сопоставить с потребностями друг друга (промышленный симбиоз).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="38"/>
        <source>Edit the name, region and coordinates with Records &gt; Edit selected (F2).</source>
        <translation>Название, регион и координаты меняются через Записи &gt; Изменить выбранное (F2).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="40"/>
        <source>Add the park&apos;s enterprises; each one&apos;s streams feed the park&apos;s Industrial symbiosis page.</source>
        <translation>Добавьте предприятия парка; потоки каждого из них попадают на страницу «Промышленный симбиоз» парка.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="43"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="44"/>
        <source>The company audited: its activity code, size and output. The annual output is the basis of the specific consumption (per tonne, per piece).</source>
        <translation>Предприятие, проходящее аудит: код деятельности, размер и выпуск. Годовой выпуск — основа удельного потребления (на тонну, на штуку).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="47"/>
        <source>Fill the NACE code (e.g. 10.51) or the national OKED / OKVED code, the staff, shifts and annual output with its unit.</source>
        <translation>Заполните код NACE (например 10.51) или национальный код ОКЭД / ОКВЭД, численность, сменность и годовой выпуск с единицей.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="50"/>
        <source>Tick Private to keep a self-diagnosis on this computer: it is never published to a team server.</source>
        <translation>Отметьте «Закрытое», чтобы самодиагностика оставалась на этом компьютере: она никогда не публикуется на сервер команды.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="52"/>
        <source>Create its audit with Records &gt; New audit.</source>
        <translation>Создайте его аудит: Записи &gt; Новый аудит.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="54"/>
        <source>Audit overview</source>
        <translation>Обзор аудита</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="55"/>
        <source>The audit&apos;s kind, status, baseline period, team, report language and currency.</source>
        <translation>Вид аудита, статус, базовый период, команда, язык отчёта и валюта.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="57"/>
        <source>Edit them with Records &gt; Edit selected (F2); the baseline period is normally the last full year.</source>
        <translation>Они меняются через Записи &gt; Изменить выбранное (F2); базовый период обычно — последний полный год.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="59"/>
        <source>Costs of the audit are all in its currency.</source>
        <translation>Все затраты аудита — в его валюте.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="60"/>
        <source>Then go through the sections under the audit in the tree.</source>
        <translation>Затем пройдите по разделам аудита в дереве.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="63"/>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="64"/>
        <source>Questions walked through on site, one checklist per area (electricity, compressed air, water, waste...). Answers that show a problem become findings and suggest improvement options.</source>
        <translation>Вопросы для обхода на месте, по чек-листу на каждую область (электроэнергия, сжатый воздух, вода, отходы...). Ответы, показывающие проблему, становятся находками и подсказывают мероприятия.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="68"/>
        <source>Add checklists… picks the areas that apply to this enterprise.</source>
        <translation>«Добавить чек-листы…» выбирает области, которые есть на этом предприятии.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="70"/>
        <source>Open a checklist (double-click or Enter) and answer item by item; a question that does not apply is answered Not applicable.</source>
        <translation>Откройте чек-лист (двойной щелчок или Enter) и отвечайте по пунктам; на неподходящий вопрос отвечайте «Неприменимо».</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="73"/>
        <source>Add a note or a photo where it helps the report.</source>
        <translation>Добавьте примечание или фото, где это поможет отчёту.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="74"/>
        <source>Results shows the score per area and every finding.</source>
        <translation>«Результаты» показывают оценку по областям и все находки.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="76"/>
        <source>Baseline</source>
        <translation>Базовая линия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="77"/>
        <source>Monthly consumption and cost of each resource over the baseline period, and the monthly output: the starting point against which savings are counted.</source>
        <translation>Помесячное потребление и затраты по каждому ресурсу за базовый период и помесячный выпуск: точка отсчёта для экономии.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="80"/>
        <source>Add entry… types one month; Import table… reads the enterprise&apos;s spreadsheet of meter readings or bills.</source>
        <translation>«Добавить запись…» вводит один месяц; «Импорт таблицы…» читает таблицу предприятия с показаниями счётчиков или счетами.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="82"/>
        <source>Double-click a month to correct it; an empty month is a gap, not a zero.</source>
        <translation>Двойной щелчок по месяцу исправляет его; пустой месяц — пропуск, а не ноль.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="84"/>
        <source>Tariffs… gives the prices that turn saved amounts into money.</source>
        <translation>«Тарифы…» задают цены, по которым сэкономленные количества переводятся в деньги.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="86"/>
        <source>The charts show the months, the cost shares and the consumption per unit of output.</source>
        <translation>Графики показывают месяцы, доли затрат и потребление на единицу выпуска.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="89"/>
        <source>Measurements</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="90"/>
        <source>What the instruments showed: spot readings and logged series per measured place (a compressor feeder, a boiler flue).</source>
        <translation>Что показали приборы: разовые показания и записанные ряды по каждому месту измерения (питание компрессора, дымоход котла).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="93"/>
        <source>Instruments… keeps the register with accuracy and calibration dates; a reading taken with an overdue instrument is flagged wherever it is used.</source>
        <translation>«Приборы…» — реестр с погрешностью и датами поверки; показание прибора с просроченной поверкой помечается везде, где используется.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="96"/>
        <source>Add point… names the place measured.</source>
        <translation>«Добавить точку…» называет место измерения.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="97"/>
        <source>Add readings with their unit, or import a logger file (CSV, XLSX): pick the time column and each channel&apos;s unit in the preview.</source>
        <translation>Вводите показания с единицей или импортируйте файл регистратора (CSV, XLSX): в предпросмотре выберите столбец времени и единицу каждого канала.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="100"/>
        <source>Open a series for its plot, statistics, duration curve and daily profile; tick Statistics for a selected time range and drag the band on the plot.</source>
        <translation>Откройте ряд, чтобы увидеть график, статистику, кривую продолжительности и суточный профиль; отметьте «Статистика за выбранный интервал» и перетащите полосу на графике.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="104"/>
        <source>Improvement options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="105"/>
        <source>The register of cleaner production options with their savings, investment, payback and CO2e, and the dashboard of what is selected.</source>
        <translation>Реестр мероприятий по более чистому производству с экономией, инвестициями, окупаемостью и CO2-экв., и сводка по выбранным.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="108"/>
        <source>New option… starts from a calculator (air leaks, motors, insulation, condensate...) or from savings typed by hand.</source>
        <translation>«Новое мероприятие…» начинается с калькулятора (утечки воздуха, двигатели, изоляция, конденсат...) или с экономии, введённой вручную.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="111"/>
        <source>Inputs take a unit (7 bar, 650 kPa) and may come from a measurement; ± gives the result&apos;s range.</source>
        <translation>Исходные данные вводятся с единицей (7 бар, 650 кПа) и могут браться из измерений; ± даёт диапазон результата.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="113"/>
        <source>Set the status: proposed, accepted, implemented or rejected.</source>
        <translation>Задайте статус: предложено, принято, внедрено или отклонено.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="115"/>
        <source>Emission factors… shows the factors used, with their sources, and lets you change one with its source.</source>
        <translation>«Коэффициенты выбросов…» показывают используемые коэффициенты с источниками и позволяют изменить коэффициент, указав источник.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="118"/>
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="119"/>
        <source>What the enterprise puts out (waste, by-products, waste heat, wastewater) and what it takes in, with amounts, months and quality: the input of industrial symbiosis.</source>
        <translation>Что предприятие отдаёт (отходы, побочные продукты, сбросное тепло, сточные воды) и что получает, с количествами, месяцами и качеством: исходные данные промышленного симбиоза.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="122"/>
        <source>Add stream… with its EWC waste code when it is waste.</source>
        <translation>«Добавить поток…», для отходов — с кодом по каталогу EWC.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="123"/>
        <source>Draft from this audit… proposes the baseline&apos;s waste and the surplus heat of heat-recovery options; keep the ones that are right.</source>
        <translation>«Черновики из этого аудита…» предлагают отходы из базовой линии и избыточное тепло мероприятий по утилизации тепла; оставьте верные.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="127"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="128"/>
        <source>The audit&apos;s PDF report (assessment or self-diagnosis), its Excel workbook and single tables as CSV.</source>
        <translation>PDF-отчёт аудита (оценка или самодиагностика), книга Excel и отдельные таблицы в CSV.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="130"/>
        <source>Pick the report and its language, look at the preview, then Create… and choose where to save.</source>
        <translation>Выберите отчёт и язык, посмотрите предпросмотр, затем «Создать…» и укажите, куда сохранить.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="132"/>
        <source>A cancelled or failed export never leaves a half-written file.</source>
        <translation>Отменённый или неудачный экспорт никогда не оставляет недописанный файл.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="135"/>
        <source>Team coverage</source>
        <translation>Охват командой</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="136"/>
        <source>After merging the experts&apos; files: who answered which checklist sections and measured which points, and where two experts disagree.</source>
        <translation>После объединения файлов экспертов: кто ответил на какие разделы чек-листов и измерил какие точки, и где эксперты расходятся.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="139"/>
        <source>Look for sections nobody covered before leaving the site.</source>
        <translation>Найдите разделы, которые никто не охватил, до отъезда с площадки.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="141"/>
        <source>Settle disagreements with the experts; conflicting changes to the same value are on the Merge conflicts page.</source>
        <translation>Согласуйте расхождения с экспертами; противоречащие изменения одного значения — на странице «Конфликты объединения».</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="145"/>
        <source>Industrial symbiosis</source>
        <translation>Промышленный симбиоз</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="146"/>
        <source>Candidate exchanges between the park&apos;s enterprises: one&apos;s waste, by-product or waste heat matched to another&apos;s need, with amounts, distance and CO2e.</source>
        <translation>Возможные обмены между предприятиями парка: отходы, побочный продукт или сбросное тепло одного, подобранные к потребности другого, с количествами, расстоянием и CO2-экв.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="149"/>
        <source>Collect streams: on each enterprise&apos;s audit, or with Import survey… from the filled survey template.</source>
        <translation>Соберите потоки: в аудите каждого предприятия или через «Импорт анкет…» из заполненного шаблона анкеты.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="151"/>
        <source>Run matching; candidates are ranked, with the reasons for each match.</source>
        <translation>Нажмите «Запустить подбор»; кандидаты ранжируются, с причинами каждого совпадения.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="153"/>
        <source>Export candidates… writes the list for the park&apos;s meeting.</source>
        <translation>«Экспорт кандидатов…» записывает список для совещания парка.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="156"/>
        <source>Merge conflicts</source>
        <translation>Конфликты объединения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="157"/>
        <source>Values that two experts (or the server and this file) changed differently since they last agreed. Nothing is lost: both values are kept until you choose.</source>
        <translation>Значения, которые два эксперта (или сервер и этот файл) изменили по-разному после последнего согласования. Ничего не теряется: оба значения хранятся, пока вы не выберете.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="160"/>
        <source>For each conflict, compare the values, who changed them and when.</source>
        <translation>Для каждого конфликта сравните значения, кто и когда их изменил.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/guides.py" line="162"/>
        <source>Pick one value or type the right one, then Resolve.</source>
        <translation>Выберите одно значение или введите верное, затем «Разрешить».</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="131"/>
        <source>Guide: {page}</source>
        <translation>Справка: {page}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="133"/>
        <source>How to fill it</source>
        <translation>Как заполнять</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="134"/>
        <source>Hover over a field for a hint. F1 opens this guide on any page; Ctrl+F1 lists the keyboard shortcuts.</source>
        <translation>Наведите указатель на поле, чтобы увидеть подсказку. F1 открывает эту справку на любой странице; Ctrl+F1 — список сочетаний клавиш.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../recp_audit/services/handover.py" line="57"/>
        <source>the audit {id} does not exist</source>
        <translation>аудита {id} нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/handover.py" line="62"/>
        <source>the enterprise {id} does not exist</source>
        <translation>предприятия {id} нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/handover.py" line="94"/>
        <source>the folder {folder} does not exist</source>
        <translation>папка {folder} не существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/handover.py" line="101"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>не удаётся записать в {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/handover.py" line="113"/>
        <source>cannot write {file}: {reason}</source>
        <translation>не удаётся записать {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="59"/>
        <source>Change history: {name}</source>
        <translation>История изменений: {name}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="62"/>
        <source>Every saved change of «{name}». Restoring a value saves it as a new change, so it merges into colleagues&apos; copies like any edit.</source>
        <translation>Все сохранённые изменения записи «{name}». Восстановленное значение сохраняется как новое изменение и объединяется с копиями коллег, как любая правка.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="69"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="69"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="69"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="70"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="70"/>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="81"/>
        <source>Restore this value</source>
        <translation>Восстановить это значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="83"/>
        <source>Give the field the value it had after the chosen change</source>
        <translation>Вернуть полю значение, которое оно получило в выбранном изменении</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="157"/>
        <source>Change history…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/history.py" line="171"/>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../recp_audit/services/indicators.py" line="60"/>
        <source>Energy productivity</source>
        <translation>Энергоэффективность (выпуск на единицу энергии)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/indicators.py" line="61"/>
        <source>Water productivity</source>
        <translation>Водоэффективность (выпуск на единицу воды)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/indicators.py" line="62"/>
        <source>Material productivity</source>
        <translation>Материалоэффективность (выпуск на единицу материалов)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/indicators.py" line="63"/>
        <source>Waste intensity</source>
        <translation>Удельное образование отходов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/indicators.py" line="64"/>
        <source>Wastewater intensity</source>
        <translation>Удельный объём сточных вод</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/indicators.py" line="65"/>
        <source>Carbon intensity (CO2e)</source>
        <translation>Углеродоёмкость (CO2-экв.)</translation>
    </message>
</context>
<context>
    <name>InstrumentsDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="28"/>
        <source>Instruments</source>
        <translation>Приборы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="33"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="33"/>
        <source>Make and model</source>
        <translation>Производитель и модель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="33"/>
        <source>Serial</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="34"/>
        <source>Measures</source>
        <translation>Измеряет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="34"/>
        <source>Accuracy</source>
        <translation>Погрешность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="34"/>
        <source>Calibrated</source>
        <translation>Поверен</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="35"/>
        <source>Calibration due</source>
        <translation>Поверка до</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="45"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="45"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="46"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="73"/>
        <source>{date} — overdue</source>
        <translation>{date} — просрочена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="119"/>
        <source>Delete instrument</source>
        <translation>Удалить прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/instruments.py" line="120"/>
        <source>Delete this instrument from the register? Readings taken with it keep their values.</source>
        <translation>Удалить прибор из реестра? Показания, снятые им, сохранят свои значения.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="121"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="122"/>
        <source>Your workspace is still empty. Open the demo workspace (an industrial park with four audited enterprises) to look around first?

You can open it later with File &gt; Open demo workspace.</source>
        <translation>Ваше рабочее пространство пока пусто. Открыть демонстрационное пространство (индустриальный парк с четырьмя предприятиями, прошедшими аудит), чтобы сначала осмотреться?

Его можно открыть и позже: Файл &gt; Открыть демонстрационное пространство.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="136"/>
        <source>Writing the demo workspace…</source>
        <translation>Создаётся демонстрационное пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="149"/>
        <source>Opening {file}…</source>
        <translation>Открывается {file}…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="182"/>
        <source>Workspace upgraded</source>
        <translation>Файл обновлён</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="183"/>
        <source>The file was made by an older version and has been upgraded. A copy of the original is at:
{path}</source>
        <translation>Файл был создан более старой версией программы и обновлён. Копия исходного файла сохранена здесь:
{path}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="196"/>
        <source>Automatic backup: {path}</source>
        <translation>Автоматическая резервная копия: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="202"/>
        <source>The automatic backup could not be made: {reason}</source>
        <translation>Не удалось сделать автоматическую резервную копию: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="155"/>
        <location filename="../../recp_audit/gui/main_window.py" line="161"/>
        <location filename="../../recp_audit/gui/main_window.py" line="212"/>
        <location filename="../../recp_audit/gui/main_window.py" line="228"/>
        <location filename="../../recp_audit/gui/main_window.py" line="513"/>
        <location filename="../../recp_audit/gui/main_window.py" line="958"/>
        <location filename="../../recp_audit/gui/main_window.py" line="1034"/>
        <source>RECP audit</source>
        <translation>Аудит РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="156"/>
        <source>Open it read-only?</source>
        <translation>Открыть его только для чтения?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="249"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="250"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="252"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="255"/>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="260"/>
        <source>Open &amp;demo workspace</source>
        <translation>Открыть &amp;демонстрационное пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="262"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="268"/>
        <source>&amp;Merge experts&apos; files…</source>
        <translation>&amp;Объединить файлы экспертов…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="271"/>
        <source>&amp;Publish to server…</source>
        <translation>&amp;Опубликовать на сервер…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="273"/>
        <source>P&amp;ull from server…</source>
        <translation>&amp;Получить с сервера…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="277"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="280"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="284"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="286"/>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="287"/>
        <source>New &amp;park…</source>
        <translation>Новый &amp;парк…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="289"/>
        <source>New &amp;enterprise…</source>
        <translation>Новое &amp;предприятие…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="291"/>
        <source>New &amp;audit…</source>
        <translation>Новый &amp;аудит…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="294"/>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Изменить выбранное…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="297"/>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Удалить выбранное…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="301"/>
        <source>P&amp;eople…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="304"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="314"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="315"/>
        <source>&amp;Guide to this page</source>
        <translation>&amp;Справка по этой странице</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="318"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="320"/>
        <source>&amp;About RECP audit</source>
        <translation>&amp;О программе «Аудит РЭЧП»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="326"/>
        <location filename="../../recp_audit/gui/main_window.py" line="472"/>
        <source>Opening the workspace…</source>
        <translation>Открывается рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="327"/>
        <source>No workspace open</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="329"/>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="330"/>
        <source>all changes saved at {time}</source>
        <translation>все изменения сохранены в {time}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="332"/>
        <source>all changes saved</source>
        <translation>все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="361"/>
        <location filename="../../recp_audit/gui/main_window.py" line="384"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="364"/>
        <location filename="../../recp_audit/gui/main_window.py" line="387"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="373"/>
        <source>Change &amp;history…</source>
        <translation>&amp;История изменений…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="383"/>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Отменить: {what}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="386"/>
        <source>&amp;Redo: {what}</source>
        <translation>&amp;Повторить: {what}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="404"/>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="404"/>
        <source>Redo</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="415"/>
        <source>Undone: {what}</source>
        <translation>Отменено: {what}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="415"/>
        <source>Redone: {what}</source>
        <translation>Повторено: {what}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="422"/>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="423"/>
        <source>Choose a park, an enterprise or an audit on the left first; other records have «Change history…» in the context menu of their tables.</source>
        <translation>Сначала выберите слева парк, предприятие или аудит; у других записей «История изменений…» есть в контекстном меню их таблиц.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="435"/>
        <source>Change history…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="474"/>
        <source>No workspace is open. Create a new workspace file or open one from the File menu.</source>
        <translation>Рабочее пространство не открыто. Создайте новый файл или откройте существующий через меню «Файл».</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="476"/>
        <source>Choose a park, an enterprise or an audit on the left, or start with one of these:</source>
        <translation>Выберите слева парк, предприятие или аудит либо начните с одного из действий:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="483"/>
        <source>New workspace…</source>
        <translation>Новое рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="484"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="485"/>
        <source>Open demo workspace</source>
        <translation>Открыть демонстрационное пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="491"/>
        <source>Merge experts&apos; files…</source>
        <translation>Объединить файлы экспертов…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="492"/>
        <source>Pull from server…</source>
        <translation>Получить с сервера…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="493"/>
        <location filename="../../recp_audit/gui/main_window.py" line="494"/>
        <source>New park…</source>
        <translation>Новый парк…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="1035"/>
        <source>Not finished yet: {job} Stop it and close the window?</source>
        <translation>Ещё не закончено: {job} Прервать и закрыть окно?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="489"/>
        <location filename="../../recp_audit/gui/main_window.py" line="495"/>
        <source>New enterprise…</source>
        <translation>Новое предприятие…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="542"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="542"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="545"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="545"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="546"/>
        <location filename="../../recp_audit/gui/main_window.py" line="810"/>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="547"/>
        <source>Enterprises</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="551"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="552"/>
        <source>New enterprise in this park…</source>
        <translation>Новое предприятие в этом парке…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="554"/>
        <source>Industrial symbiosis…</source>
        <translation>Промышленный симбиоз…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="556"/>
        <source>Park report…</source>
        <translation>Отчёт по парку…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="557"/>
        <source>Industrial park</source>
        <translation>Индустриальный парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="560"/>
        <location filename="../../recp_audit/gui/main_window.py" line="566"/>
        <source>Hand over as a file…</source>
        <translation>Передать файлом…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="562"/>
        <location filename="../../recp_audit/gui/main_window.py" line="830"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="564"/>
        <source>New audit…</source>
        <translation>Новый аудит…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="622"/>
        <location filename="../../recp_audit/gui/main_window.py" line="629"/>
        <source>Hand over as a file</source>
        <translation>Передать файлом</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="643"/>
        <source>Merge experts&apos; files</source>
        <translation>Объединить файлы экспертов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="650"/>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="655"/>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="660"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="689"/>
        <source>Park: {name}</source>
        <translation>Парк: {name}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="690"/>
        <source>Enterprise: {name}</source>
        <translation>Предприятие: {name}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="701"/>
        <source>Pull from server</source>
        <translation>Получить с сервера</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="701"/>
        <source>Publish to server</source>
        <translation>Опубликовать на сервер</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="713"/>
        <source>Pulling from the server…</source>
        <translation>Получение данных с сервера…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="714"/>
        <source>Publishing to the server…</source>
        <translation>Публикация на сервер…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="717"/>
        <source>Stopped. What was finished is kept; run it again to carry on.</source>
        <translation>Остановлено. Завершённая часть сохранена; запустите ещё раз, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="721"/>
        <source>Type the password in the Password field.</source>
        <translation>Введите пароль в поле «Пароль».</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="739"/>
        <source>Pulled from {server}:</source>
        <translation>Получено с {server}:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="740"/>
        <source>Published to {server}:</source>
        <translation>Опубликовано на {server}:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="741"/>
        <source>{versions} versions; {new} new records, {updated} updated, {merged} merged automatically, {conflicts} with conflicts; {files} photo or series files.</source>
        <translation>Версий: {versions}; новых записей: {new}, обновлено: {updated}, объединено автоматически: {merged}, с конфликтами: {conflicts}; файлов фото и рядов: {files}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="774"/>
        <location filename="../../recp_audit/gui/main_window.py" line="787"/>
        <source>Park report</source>
        <translation>Отчёт по парку</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="775"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="780"/>
        <source>Making the park report…</source>
        <translation>Создание отчёта по парку…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="631"/>
        <location filename="../../recp_audit/gui/main_window.py" line="789"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="748"/>
        <source>{count} private enterprise(s) are not on the server.</source>
        <translation>Частных предприятий, которых нет на сервере: {count}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="751"/>
        <source>Withdrawn from the server, private now: {names}.</source>
        <translation>Убраны с сервера, теперь частные: {names}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="754"/>
        <source>Still on the server though private here (another login published them; ask the server&apos;s administrator): {names}.</source>
        <translation>Остались на сервере, хотя здесь частные (их опубликовала другая учётная запись; обратитесь к администратору сервера): {names}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="758"/>
        <source>{count} damaged version(s) on the server replaced by good copies from this file.</source>
        <translation>Повреждённых версий на сервере заменено исправными копиями из этого файла: {count}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="801"/>
        <source>(not in a park)</source>
        <translation>(вне парка)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="805"/>
        <source>Park</source>
        <translation>Парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="806"/>
        <source>NACE Rev. 2.1</source>
        <translation>NACE Rev. 2.1</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="807"/>
        <source>OKED / OKVED</source>
        <translation>ОКЭД / ОКВЭД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="809"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="811"/>
        <source>Employees</source>
        <translation>Работников</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="812"/>
        <source>Shifts per day</source>
        <translation>Смен в сутки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="813"/>
        <source>Main products</source>
        <translation>Основная продукция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="814"/>
        <source>Annual output</source>
        <translation>Годовой выпуск</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="831"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="832"/>
        <source>Baseline period</source>
        <translation>Базовый период</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="833"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="834"/>
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="835"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="851"/>
        <source>New workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="860"/>
        <source>Open workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="869"/>
        <source>Save workspace as</source>
        <translation>Сохранить рабочее пространство как</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="874"/>
        <source>Saving as {file}…</source>
        <translation>Сохранение как {file}…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="901"/>
        <source>New audit</source>
        <translation>Новый аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="902"/>
        <source>Select the enterprise to audit first.</source>
        <translation>Сначала выберите предприятие, которое будет проходить аудит.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="937"/>
        <source>{count} enterprise(s)</source>
        <translation>предприятий: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="939"/>
        <source>{count} audit(s)</source>
        <translation>аудитов: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="940"/>
        <source>Delete «{name}»?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="942"/>
        <source>This also deletes {what}.</source>
        <translation>Вместе с ним будут удалены: {what}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/main_window.py" line="944"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Measured</name>
    <message>
        <location filename="../../recp_audit/services/measurements.py" line="240"/>
        <source>{point}: {quantity}, {statistic} ({source})</source>
        <translation>{point}: {quantity}, {statistic} ({source})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/measurements.py" line="243"/>
        <source>, calibration overdue</source>
        <translation>, поверка просрочена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/measurements.py" line="254"/>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/measurements.py" line="255"/>
        <source>peak</source>
        <translation>пик</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/measurements.py" line="256"/>
        <source>base load</source>
        <translation>базовая нагрузка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/measurements.py" line="257"/>
        <source>hours above the threshold</source>
        <translation>часов выше порога</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/measurements.py" line="258"/>
        <source>total</source>
        <translation>итог</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/measurements.py" line="259"/>
        <source>readings</source>
        <translation>показания</translation>
    </message>
</context>
<context>
    <name>MeasurementsArea</name>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="49"/>
        <source>Measurements</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="59"/>
        <source>Add point…</source>
        <translation>Добавить точку…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="60"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="61"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="68"/>
        <source>Instruments…</source>
        <translation>Приборы…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="135"/>
        <source>{readings} readings · {series} series</source>
        <translation>показаний: {readings} · рядов: {series}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="139"/>
        <source>calibration overdue</source>
        <translation>поверка просрочена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="104"/>
        <source>No measurement points yet. Add the equipment or place you measure, for example &quot;Compressor K-2 feeder&quot; or &quot;Boiler DKVR-10 flue&quot;.</source>
        <translation>Точек измерения пока нет. Добавьте оборудование или место измерения, например «Компрессор К-2, питающий кабель» или «Котёл ДКВР-10, дымоход».</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="172"/>
        <source>Delete point</source>
        <translation>Удалить точку</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="173"/>
        <source>Delete this point with {readings} reading(s) and {series} series?</source>
        <translation>Удалить точку вместе с показаниями ({readings}) и рядами ({series})?</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../recp_audit/services/merge.py" line="128"/>
        <source>{file}: this is the open workspace itself</source>
        <translation>{file}: это и есть открытое рабочее пространство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/merge.py" line="78"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} не читается ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/merge.py" line="81"/>
        <source>{file}: an SQLite database of another program, not a recp_audit workspace</source>
        <translation>{file}: база SQLite другой программы, а не рабочее пространство recp_audit</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/merge.py" line="85"/>
        <source>{file} is damaged (its integrity check fails); nothing was merged</source>
        <translation>{file} повреждён (проверка целостности не пройдена); ничего не объединено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/merge.py" line="88"/>
        <source>{file}: written by a newer version of recp_audit (schema {found}, this program knows {known}); update the program to merge it</source>
        <translation>{file}: записан более новой версией recp_audit (схема {found}, эта программа знает {known}); обновите программу, чтобы объединить его</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/merge.py" line="124"/>
        <source>{file} is open read-only; nothing can be merged into it</source>
        <translation>{file} открыт только для чтения; в него нельзя ничего объединить</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="17"/>
        <source>Parks</source>
        <translation>Парки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="18"/>
        <source>Enterprises</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="19"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="20"/>
        <source>Audits</source>
        <translation>Аудиты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="21"/>
        <source>Audit teams</source>
        <translation>Команды аудитов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="22"/>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="23"/>
        <source>Checklist answers</source>
        <translation>Ответы чек-листов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="24"/>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="25"/>
        <source>Options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="26"/>
        <source>Instruments</source>
        <translation>Приборы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="27"/>
        <source>Measurement points</source>
        <translation>Точки измерений</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="28"/>
        <source>Readings</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="29"/>
        <source>Logged series</source>
        <translation>Записанные ряды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="30"/>
        <source>Series channels</source>
        <translation>Каналы рядов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="31"/>
        <source>Baseline entries</source>
        <translation>Записи базовой линии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="32"/>
        <source>Tariffs</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="33"/>
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="34"/>
        <source>Symbiosis candidates</source>
        <translation>Кандидаты симбиоза</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="36"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="37"/>
        <source>Fast-forwarded</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="38"/>
        <source>Merged automatically</source>
        <translation>Объединено автоматически</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="39"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="54"/>
        <source>{count} record(s) failed the checks and were left out; the rest was merged. A good copy merged later brings them:</source>
        <translation>Записей, не прошедших проверку и пропущенных: {count}; остальное объединено. Исправная копия, объединённая позже, добавит их:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="58"/>
        <source>{file}: {record} {id}: {reason}</source>
        <translation>{file}: {record} {id}: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="63"/>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="73"/>
        <source>Merge: what would change</source>
        <translation>Объединение: что изменится</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="74"/>
        <source>Merge receipt</source>
        <translation>Итог объединения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="79"/>
        <source>{versions} new versions from {files} file(s); {conflicts} row(s) would have conflicts for you to resolve.</source>
        <translation>Новых версий: {versions} из файлов: {files}; записей с конфликтами для вашего решения: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="81"/>
        <source>{versions} new versions merged from {files} file(s); {conflicts} row(s) have conflicts to resolve. A backup of the file was made first.</source>
        <translation>Объединено новых версий: {versions} из файлов: {files}; записей с конфликтами: {conflicts}. Перед этим сделана резервная копия файла.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="91"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="91"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="98"/>
        <source>(nothing new)</source>
        <translation>(ничего нового)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/merge_dialog.py" line="126"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="40"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="41"/>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="42"/>
        <source>Baseline</source>
        <translation>Базовая линия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="43"/>
        <source>Measurements</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="44"/>
        <source>Options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="45"/>
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="46"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="47"/>
        <source>Team coverage</source>
        <translation>Охват командой</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="70"/>
        <source>Merge conflicts ({count})</source>
        <translation>Конфликты объединения ({count})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="77"/>
        <source>Enterprises outside a park</source>
        <translation>Предприятия вне парков</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/models/navigation.py" line="81"/>
        <source>Industrial symbiosis</source>
        <translation>Промышленный симбиоз</translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="50"/>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="281"/>
        <source>Improvement option</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="58"/>
        <source>(no calculation)</source>
        <translation>(без расчёта)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="108"/>
        <source>The fuel whose use the saved heat or fuel displaces (for CO2e and the fuel price)</source>
        <translation>Топливо, которое замещается сэкономленным теплом или топливом (для CO2-экв. и цены топлива)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="110"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="111"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="112"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="112"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="113"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="114"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="115"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="116"/>
        <source>Investment, {currency}</source>
        <translation>Инвестиции, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="118"/>
        <source>Lifetime, years</source>
        <translation>Срок службы, лет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="119"/>
        <source>Discount rate, %</source>
        <translation>Ставка дисконтирования, %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="120"/>
        <source>Fuel displaced</source>
        <translation>Замещаемое топливо</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="124"/>
        <source>Savings per year entered by hand (when no calculator fits)</source>
        <translation>Экономия в год, введённая вручную (если калькулятор не подходит)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="136"/>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="184"/>
        <source>e.g. {example}</source>
        <translation>например, {example}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="140"/>
        <source>Monitoring after implementation</source>
        <translation>Мониторинг после внедрения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="148"/>
        <source>Realised saving per year, {currency}</source>
        <translation>Фактическая экономия в год, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="150"/>
        <source>Monitoring note</source>
        <translation>Примечание мониторинга</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="166"/>
        <source>Options on the same equipment (applied in sequence)</source>
        <translation>Мероприятия на одном оборудовании (применяются последовательно)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="175"/>
        <source>Options with the same group name work on one piece of equipment or energy flow: each saves its share of what the options before it leave</source>
        <translation>Мероприятия с одинаковым названием группы относятся к одному оборудованию или энергопотоку: каждое экономит свою долю от того, что осталось после предыдущих</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="187"/>
        <source>The equipment&apos;s use a year (metered or logged power × hours), typed on the group&apos;s first option; the options&apos; savings are shares of it</source>
        <translation>Годовое потребление оборудования (по счётчику или измеренная мощность × часы), указывается у первого мероприятия группы; экономия мероприятий считается долями от него</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="190"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="191"/>
        <source>Order in the group</source>
        <translation>Порядок в группе</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="192"/>
        <source>Annual use of the equipment</source>
        <translation>Годовое потребление оборудования</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="195"/>
        <source>Applied after the options before it: {share} % of the equipment&apos;s use is left to it, {money} {currency} a year in sequence</source>
        <translation>Применяется после предыдущих мероприятий: ему остаётся {share} % потребления оборудования, в последовательности {money} {currency} в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="208"/>
        <source>Savings per year and their prices</source>
        <translation>Экономия в год и её оценка в деньгах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="213"/>
        <source>Together: {money} {currency} a year</source>
        <translation>Итого: {money} {currency} в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/option_dialog.py" line="219"/>
        <source>payback, NPV and IRR leave it out</source>
        <translation>срок окупаемости, ЧДД и ВНД рассчитаны без неё</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../../recp_audit/services/options.py" line="64"/>
        <source>group &quot;{group}&quot; has no annual use of its equipment (type it on its first option): its options are added without interaction</source>
        <translation>у группы «{group}» не указано годовое потребление оборудования (укажите его у первого мероприятия): её мероприятия складываются без учёта взаимного влияния</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/options.py" line="67"/>
        <source>group &quot;{group}&quot;: the annual use {base} is not a quantity of what its first option saves</source>
        <translation>группа «{group}»: годовое потребление {base} не соответствует ресурсу, который экономит её первое мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/options.py" line="69"/>
        <source>group &quot;{group}&quot;: &quot;{title}&quot; saves more than the group&apos;s annual use {base}</source>
        <translation>группа «{group}»: «{title}» экономит больше годового потребления группы {base}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/options.py" line="100"/>
        <source>the option does not exist (it may have been deleted)</source>
        <translation>мероприятие не существует (возможно, оно удалено)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/options.py" line="250"/>
        <source>{name} is in {given}, the audit&apos;s money in {currency}: the audit&apos;s tariff is used</source>
        <translation>{name} указан в {given}, а деньги аудита — в {currency}: применён тариф аудита</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/options.py" line="282"/>
        <source>the tariff is per {unit}, the saving in {saved}: not priced</source>
        <translation>тариф указан за {unit}, экономия — в {saved}: не оценено в деньгах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/options.py" line="326"/>
        <source>{resource} saved is not priced: give its price in the calculation or a tariff in the baseline</source>
        <translation>экономия ресурса «{resource}» не оценена в деньгах: укажите цену в расчёте или тариф в базовой линии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/options.py" line="358"/>
        <source>the calculation&apos;s money is in {given}, the audit&apos;s in {currency}</source>
        <translation>деньги в расчёте указаны в {given}, а в аудите — в {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="34"/>
        <source>Option</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="35"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="36"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="37"/>
        <source>Electricity,
MWh/yr</source>
        <translation>Электро-
энергия,
МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="38"/>
        <source>Fuel, heat,
MWh/yr</source>
        <translation>Топливо,
тепло,
МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="39"/>
        <source>Water,
m³/yr</source>
        <translation>Вода,
м³/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="40"/>
        <source>CO2e,
t/yr</source>
        <translation>CO2-экв.,
т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="41"/>
        <source>Saving
per year</source>
        <translation>Экономия
в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="42"/>
        <source>Not
priced</source>
        <translation>Не
оценено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="43"/>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="44"/>
        <source>Payback,
years</source>
        <translation>Окупаемость,
лет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="45"/>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="46"/>
        <source>IRR,
%</source>
        <translation>ВНД,
%</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="132"/>
        <source>Realised: {money} {currency} a year ({note})</source>
        <translation>Фактически: {money} {currency} в год ({note})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="145"/>
        <source>Group {group}, No. {order}: works on {share} % of the equipment&apos;s use the options before it leave</source>
        <translation>Группа «{group}», № {order}: действует на {share} % потребления оборудования, оставшихся после предыдущих мероприятий</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="154"/>
        <source>Saving per year from the inputs&apos; uncertainty: {low} to {high} {currency}</source>
        <translation>Экономия в год с учётом погрешности исходных данных: от {low} до {high} {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="17"/>
        <source>at the calculation&apos;s price {price}</source>
        <translation>по цене из расчёта {price}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="18"/>
        <source>at the audit&apos;s tariff {price}</source>
        <translation>по тарифу аудита {price}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="19"/>
        <source>at the fuel&apos;s tariff {price}, heat counted one to one</source>
        <translation>по тарифу на топливо {price}, теплота один к одному</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="21"/>
        <source>not priced</source>
        <translation>не оценено в деньгах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="22"/>
        <source>Not priced: {resources}</source>
        <translation>Не оценено в деньгах: {resources}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="23"/>
        <source>through the heating value {value}</source>
        <translation>через теплоту сгорания {value}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="24"/>
        <source>{typed} at {value}, the net calorific value of this option&apos;s calculation</source>
        <translation>{typed} при {value} — низшая теплота сгорания из расчёта этого мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="26"/>
        <source>{typed} at {value} ({source})</source>
        <translation>{typed} при {value} ({source})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="27"/>
        <source>{name}: {count} options applied in sequence on an annual use of {base}: {together} {currency} a year together, {alone} {currency} if each were alone</source>
        <translation>{name}: мероприятий — {count}, применяются последовательно к годовому потреблению {base}: вместе {together} {currency} в год, {alone} {currency} при сложении по отдельности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="30"/>
        <source>{name}: {count} options, {alone} {currency} a year added up (no annual use given for the group, so without interaction)</source>
        <translation>{name}: мероприятий — {count}, {alone} {currency} в год простым сложением (годовое потребление группы не указано, взаимное влияние не учтено)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="33"/>
        <source>priced results that save no resource (reactive energy): {money} {currency}</source>
        <translation>оценённые результаты без экономии ресурса (реактивная энергия): {money} {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="35"/>
        <source>costs a year: −{money} {currency}</source>
        <translation>затраты в год: −{money} {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/savings.py" line="36"/>
        <source>{resource}: the selected options save {saved} a year, more than the baseline use of {use}</source>
        <translation>{resource}: выбранные мероприятия экономят {saved} в год — больше, чем потребление в базовом году ({use})</translation>
    </message>
</context>
<context>
    <name>OptionsArea</name>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="194"/>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="196"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="201"/>
        <source>Improvement options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="208"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="213"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="217"/>
        <source>Search titles</source>
        <translation>Поиск по названию</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="263"/>
        <source>New option…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="264"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="265"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="266"/>
        <source>Emission factors…</source>
        <translation>Коэффициенты выбросов…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="291"/>
        <source>Options on the same equipment, applied in sequence (the totals count them so):</source>
        <translation>Мероприятия на одном оборудовании применяются последовательно (так они учтены в итогах):</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="300"/>
        <source>{count} of {all} options selected (proposed, accepted or implemented): {money} {currency} a year for {investment} {currency}, {co2e} t CO2e a year</source>
        <translation>Выбрано мероприятий: {count} из {all} (предложенные, принятые и внедрённые): {money} {currency} в год при инвестициях {investment} {currency}, {co2e} т CO2-экв. в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="317"/>
        <source>New option</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="352"/>
        <location filename="../../recp_audit/gui/pages/options.py" line="359"/>
        <source>Delete option</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/options.py" line="353"/>
        <source>Delete the selected option?</source>
        <translation>Удалить выбранное мероприятие?</translation>
    </message>
</context>
<context>
    <name>ParkMap</name>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="485"/>
        <source>Without coordinates (distance unknown):</source>
        <translation>Без координат (расстояние неизвестно):</translation>
    </message>
</context>
<context>
    <name>ParkReport</name>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="27"/>
        <source>The park&apos;s enterprises together save {money} {currency} a year with the selected options, for an investment of {investment} {currency}, and avoid {co2e} t CO2e a year.</source>
        <translation>Предприятия парка вместе экономят {money} {currency} в год за счёт выбранных мероприятий при инвестициях {investment} {currency} и сокращают выбросы на {co2e} т CO2-экв. в год.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="34"/>
        <source>Park report</source>
        <translation>Отчёт по парку</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="35"/>
        <source>Enterprises</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="36"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="37"/>
        <source>NACE</source>
        <translation>NACE</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="38"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="39"/>
        <source>Energy, MWh/yr</source>
        <translation>Энергия, МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="40"/>
        <source>Water, m³/yr</source>
        <translation>Вода, м³/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="41"/>
        <source>CO2e, t/yr</source>
        <translation>CO2-экв., т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="42"/>
        <source>Selected options</source>
        <translation>Выбрано мероприятий</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="43"/>
        <source>Saving, {currency}/yr</source>
        <translation>Экономия, {currency}/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="44"/>
        <source>Investment, {currency}</source>
        <translation>Инвестиции, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="45"/>
        <source>CO2e avoided, t/yr</source>
        <translation>Сокращение CO2-экв., т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="46"/>
        <source>Park total</source>
        <translation>Итого по парку</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="47"/>
        <source>Options across the park</source>
        <translation>Мероприятия всех предприятий парка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="48"/>
        <source>Option</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="49"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="50"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="51"/>
        <source>Payback, years</source>
        <translation>Окупаемость, лет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="52"/>
        <source>Saving per year by enterprise, {currency}</source>
        <translation>Экономия в год по предприятиям, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="53"/>
        <source>CO2e avoided per year by enterprise, t</source>
        <translation>Сокращение выбросов CO2-экв. в год по предприятиям, т</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="54"/>
        <source>No enterprise of this park has an audit yet.</source>
        <translation>Ни у одного предприятия этого парка пока нет аудита.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="55"/>
        <source>Made on {date}</source>
        <translation>Составлен {date}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="56"/>
        <source>The {shown} best of {count} candidates; the workbook lists them all.</source>
        <translation>Лучшие {shown} из {count} кандидатов; в книге Excel — все.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/park.py" line="58"/>
        <source>No symbiosis candidates yet: the enterprises&apos; streams are not recorded.</source>
        <translation>Кандидатов симбиоза пока нет: потоки предприятий не внесены.</translation>
    </message>
</context>
<context>
    <name>PdfMethod</name>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="549"/>
        <source>The assessment follows the UNIDO/UNEP Resource Efficient and Cleaner Production (RECP) method: a walk-through of the site with checklists for energy, water, materials and emissions and waste, measurements with calibrated portable instruments, a baseline of monthly resource use, costs and production, and improvement options quantified for their savings, investment and payback.</source>
        <translation>Оценка выполнена по методике ЮНИДО/ЮНЕП «Ресурсоэффективное и более чистое производство» (РЭЧП): обход площадки с чек-листами по энергии, воде, материалам, выбросам и отходам, измерения поверенными переносными приборами, базовая линия помесячного потребления ресурсов, затрат и выпуска продукции и мероприятия, для которых рассчитаны экономия, инвестиции и срок окупаемости.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="555"/>
        <source>Savings are calculated with engineering formulas whose references are listed with each option; inputs carry their units and, where measured, the accuracy of the instrument, which gives the range of a saving. Money is valued with the enterprise&apos;s tariffs, CO2e with the emission factors listed in appendix B (IPCC 2006, IPCC AR5 GWP-100 and the grid factor stated there).</source>
        <translation>Экономия рассчитана по инженерным формулам, источники которых указаны для каждого мероприятия; исходные данные приводятся с единицами, а измеренные — с погрешностью прибора, которая даёт диапазон экономии. Денежная оценка выполнена по тарифам предприятия, выбросы CO2-экв. — по коэффициентам из приложения Б (МГЭИК 2006, ПГП-100 по ДО5 МГЭИК и указанный там коэффициент энергосистемы).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="561"/>
        <source>The RECP indicators are those of the UNEP/UNIDO enterprise primer: energy, water and material productivity (output per unit of input) and waste, wastewater and carbon intensity (release per unit of output), for the baseline year and after the options selected (proposed, accepted or implemented). Months without data are gaps, scaled to a year, never zeros.</source>
        <translation>Показатели РЭЧП взяты из руководства ЮНЕП/ЮНИДО для предприятий: энерго-, водо- и материалоэффективность (выпуск на единицу ресурса) и удельное образование отходов, сточных вод и выбросов CO2-экв. (на единицу выпуска) — за базовый год и после выбранных мероприятий (предложенных, принятых и внедрённых). Месяцы без данных — пропуски, данные приводятся к году и никогда не считаются нулём.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="57"/>
        <source>RECP assessment report</source>
        <translation>Отчёт об оценке РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="58"/>
        <source>Resource Efficient and Cleaner Production (UNIDO/UNEP method)</source>
        <translation>Ресурсоэффективное и более чистое производство (методика ЮНИДО/ЮНЕП)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="59"/>
        <source>Baseline period</source>
        <translation>Базовый период</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="60"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="61"/>
        <source>Report made</source>
        <translation>Отчёт составлен</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="62"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="63"/>
        <source>Company profile</source>
        <translation>Профиль предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="64"/>
        <source>Methodology</source>
        <translation>Методика</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="65"/>
        <source>Baseline</source>
        <translation>Базовая линия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="66"/>
        <source>RECP indicators</source>
        <translation>Показатели РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="67"/>
        <source>Checklists: scores and findings</source>
        <translation>Чек-листы: оценки и несоответствия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="68"/>
        <source>Measurements</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="69"/>
        <source>Improvement options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="70"/>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="71"/>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="72"/>
        <source>Appendix A. Baseline data</source>
        <translation>Приложение А. Данные базовой линии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="73"/>
        <source>Appendix B. Emission factors used</source>
        <translation>Приложение Б. Использованные коэффициенты выбросов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="74"/>
        <source>Appendix C. Spot readings</source>
        <translation>Приложение В. Показания приборов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="75"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="76"/>
        <source>Not recorded yet.</source>
        <translation>Пока не записано.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="77"/>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="78"/>
        <source>Per year</source>
        <translation>В год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="79"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="80"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="81"/>
        <source>Months with data</source>
        <translation>Месяцев с данными</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="82"/>
        <source>Monthly use</source>
        <translation>Помесячное потребление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="83"/>
        <source>Shares of the baseline costs, %</source>
        <translation>Доли затрат базовой линии, %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="84"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="85"/>
        <source>Baseline year</source>
        <translation>Базовый год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="86"/>
        <source>After selected options</source>
        <translation>После выбранных мероприятий</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="87"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="88"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="89"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="90"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="91"/>
        <source>Findings</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="92"/>
        <source>Finding</source>
        <translation>Несоответствие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="93"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="94"/>
        <source>Instruments</source>
        <translation>Приборы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="95"/>
        <source>Instrument</source>
        <translation>Прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="96"/>
        <source>Serial</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="97"/>
        <source>Calibration due</source>
        <translation>Поверка до</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="98"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНА</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="99"/>
        <source>Point</source>
        <translation>Точка измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="100"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="101"/>
        <source>Mean ± accuracy</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="102"/>
        <source>Readings</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="103"/>
        <source>Logged series</source>
        <translation>Записанные ряды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="104"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="105"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="106"/>
        <source>Peak</source>
        <translation>Пик</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="107"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="108"/>
        <source>Values measured with an instrument past its calibration due date are marked OVERDUE; they are kept, but should be confirmed.</source>
        <translation>Значения, измеренные прибором с истёкшим сроком поверки, отмечены «ПРОСРОЧЕНА»: они сохранены, но должны быть подтверждены.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="111"/>
        <source>Option</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="112"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="113"/>
        <source>Savings per year</source>
        <translation>Экономия ресурсов в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="114"/>
        <source>Money per year</source>
        <translation>Экономия в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="115"/>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="116"/>
        <source>Payback, years</source>
        <translation>Окупаемость, лет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="117"/>
        <source>CO2e, t/yr</source>
        <translation>CO2-экв., т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="118"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="119"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="120"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="121"/>
        <source>Selected options together: {money} {currency} a year for an investment of {investment} {currency} (simple payback {payback} years), {co2e} t CO2e avoided a year.</source>
        <translation>Выбранные мероприятия вместе: {money} {currency} в год при инвестициях {investment} {currency} (простой срок окупаемости {payback} лет), сокращение выбросов {co2e} т CO2-экв. в год.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="124"/>
        <source>Saving per year by option, {currency}</source>
        <translation>Экономия в год по мероприятиям, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="125"/>
        <source>Options on the same equipment</source>
        <translation>Мероприятия на одном оборудовании</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="126"/>
        <source>Options on one piece of equipment or energy flow act in sequence: each saves its share of what the options before it leave. The totals above count them so.</source>
        <translation>Мероприятия на одном оборудовании или энергопотоке действуют последовательно: каждое экономит свою долю от того, что осталось после предыдущих. Так они учтены в итогах выше.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="129"/>
        <source>Savings and their prices</source>
        <translation>Экономия и её оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="130"/>
        <source>Money marked ≥ leaves out savings that are not priced: the money is a lower bound, the payback an upper one.</source>
        <translation>Суммы со знаком ≥ не включают экономию, не оценённую в деньгах: сумма — нижняя граница, срок окупаемости — верхняя.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="132"/>
        <source>How each saving was calculated</source>
        <translation>Как рассчитана экономия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="133"/>
        <source>Inputs</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="134"/>
        <source>Measured values</source>
        <translation>Измеренные значения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="135"/>
        <source>Photo {name} cannot be shown (its data is damaged).</source>
        <translation>Фотографию {name} показать нельзя (её данные повреждены).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="136"/>
        <source>Factor</source>
        <translation>Коэффициент</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="137"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="138"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_assessment.py" line="139"/>
        <source>No output recorded: the indicators need production in the baseline.</source>
        <translation>Выпуск продукции не записан: для показателей нужна продукция в базовой линии.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="23"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="30"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="30"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="31"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/people.py" line="73"/>
        <source>Delete {name}? They are on {count} audit team(s).</source>
        <translation>Удалить {name}? Человек входит в группы аудитов: {count}.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../recp_audit/gui/photo_strip.py" line="40"/>
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/photo_strip.py" line="42"/>
        <location filename="../../recp_audit/gui/photo_strip.py" line="111"/>
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/photo_strip.py" line="70"/>
        <source>Photos: {count}</source>
        <translation>Фото: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/photo_strip.py" line="81"/>
        <location filename="../../recp_audit/gui/photo_strip.py" line="101"/>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/photo_strip.py" line="82"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/photo_strip.py" line="112"/>
        <source>Remove the photo {name}?</source>
        <translation>Удалить фотографию {name}?</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../recp_audit/services/photos.py" line="60"/>
        <source>{file} is {size:.1f} MB; a photo can be at most {limit:.0f} MB. Reduce its size and add it again.</source>
        <translation>{file} весит {size:.1f} МБ; фото может быть не больше {limit:.0f} МБ. Уменьшите его и добавьте снова.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/photos.py" line="66"/>
        <source>{file} is not a picture in a known format (JPEG, PNG, GIF, BMP, TIFF, WebP).</source>
        <translation>{file} — не изображение известного формата (JPEG, PNG, GIF, BMP, TIFF, WebP).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/photos.py" line="105"/>
        <source>{file} cannot be read as a picture: it is damaged, cut short or too large (at most {limit} megapixels)</source>
        <translation>{file} не читается как изображение: файл повреждён, обрезан или слишком велик (не больше {limit} мегапикселей)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/photos.py" line="154"/>
        <source>The picture {hash} is missing from the workspace.</source>
        <translation>Изображения {hash} нет в рабочем файле.</translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="219"/>
        <source>Spot readings</source>
        <translation>Разовые показания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="220"/>
        <source>Logged series</source>
        <translation>Записанные ряды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="232"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="232"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="232"/>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="278"/>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="232"/>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="281"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="233"/>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="280"/>
        <source>Instrument</source>
        <translation>Прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="233"/>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="282"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="258"/>
        <source>from the instrument accuracy</source>
        <translation>по погрешности прибора</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="260"/>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="262"/>
        <source>What was measured</source>
        <translation>Что измерено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="263"/>
        <source>The reading with its unit, e.g. 41.5 kW or 7 bar; Enter adds it</source>
        <translation>Показание с единицей, например 41,5 кВт или 7 бар; Enter добавляет его</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="265"/>
        <source>When the reading was taken</source>
        <translation>Когда снято показание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="266"/>
        <source>The instrument of the register used; its accuracy gives the uncertainty</source>
        <translation>Прибор из реестра; его погрешность даёт неопределённость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="268"/>
        <source>± of this reading when it differs from the instrument&apos;s accuracy</source>
        <translation>± этого показания, если отличается от погрешности прибора</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="270"/>
        <source>Conditions worth knowing, e.g. load at the time</source>
        <translation>Важные условия, например нагрузка в момент измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="275"/>
        <source>New reading</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="289"/>
        <source>Add reading</source>
        <translation>Добавить показание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="292"/>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="407"/>
        <source>Delete reading</source>
        <translation>Удалить показание</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="294"/>
        <source>Photos of reading…</source>
        <translation>Фото показания…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="310"/>
        <source>(not recorded)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="312"/>
        <source> — calibration overdue</source>
        <translation> — поверка просрочена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="318"/>
        <source>value, e.g. 6,5 {unit}</source>
        <translation>значение, например 6,5 {unit}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="319"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="334"/>
        <source>(instrument)</source>
        <translation>(прибор)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="337"/>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="464"/>
        <source>calibration overdue</source>
        <translation>поверка просрочена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="357"/>
        <source>{quantity}: {count} readings, mean {mean} {unit}, spread ± {std} ({low} – {high})</source>
        <translation>{quantity}: показаний {count}, среднее {mean} {unit}, разброс ± {std} ({low} – {high})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="362"/>
        <source>includes values from an instrument past calibration</source>
        <translation>есть значения прибора с просроченной поверкой</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="408"/>
        <source>Delete the selected reading?</source>
        <translation>Удалить выбранное показание?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="421"/>
        <source>Select a reading first.</source>
        <translation>Сначала выберите показание.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="424"/>
        <source>Photos of the reading</source>
        <translation>Фотографии показания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="445"/>
        <source>Import series…</source>
        <translation>Импорт ряда…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/measurements.py" line="479"/>
        <source>No logged series here yet. Import a CSV, TSV or Excel file exported by a power logger, flue-gas analyser or flow meter.</source>
        <translation>Рядов пока нет. Импортируйте файл CSV, TSV или Excel, выгруженный из регистратора мощности, газоанализатора или расходомера.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../recp_audit/gui/tasks.py" line="109"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="27"/>
        <source>Active power</source>
        <translation>Активная мощность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="28"/>
        <source>Reactive power</source>
        <translation>Реактивная мощность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="29"/>
        <source>Apparent power</source>
        <translation>Полная мощность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="30"/>
        <source>Power factor (cos φ)</source>
        <translation>Коэффициент мощности (cos φ)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="32"/>
        <source>Voltage</source>
        <translation>Напряжение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="33"/>
        <source>Current</source>
        <translation>Ток</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="34"/>
        <source>Voltage harmonics (THDu)</source>
        <translation>Гармоники напряжения (THDu)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="35"/>
        <source>Current harmonics (THDi)</source>
        <translation>Гармоники тока (THDi)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="36"/>
        <source>Frequency</source>
        <translation>Частота</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="37"/>
        <source>Energy (meter reading)</source>
        <translation>Энергия (показание счётчика)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="38"/>
        <source>O2 in flue gas</source>
        <translation>O2 в дымовых газах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="39"/>
        <source>CO2 in flue gas</source>
        <translation>CO2 в дымовых газах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="40"/>
        <source>CO in flue gas</source>
        <translation>CO в дымовых газах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="41"/>
        <source>NOx in flue gas</source>
        <translation>NOx в дымовых газах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="42"/>
        <source>Flue-gas temperature</source>
        <translation>Температура уходящих газов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="44"/>
        <source>Air temperature</source>
        <translation>Температура воздуха</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="45"/>
        <source>Surface temperature</source>
        <translation>Температура поверхности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="47"/>
        <source>Fluid temperature</source>
        <translation>Температура среды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="48"/>
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="49"/>
        <source>Volume flow</source>
        <translation>Объёмный расход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="50"/>
        <source>Mass flow</source>
        <translation>Массовый расход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="51"/>
        <source>Velocity</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="52"/>
        <source>Illuminance</source>
        <translation>Освещённость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="53"/>
        <source>Relative humidity</source>
        <translation>Относительная влажность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="54"/>
        <source>Ultrasound level (leak)</source>
        <translation>Уровень ультразвука (утечка)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="55"/>
        <source>Rotational speed</source>
        <translation>Частота вращения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="56"/>
        <source>Volume (meter reading)</source>
        <translation>Объём (показание счётчика)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="57"/>
        <source>Concentration</source>
        <translation>Концентрация</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/quantities.py" line="58"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <location filename="../../recp_audit/services/record_history.py" line="130"/>
        <source>{kind} {id} has no saved versions</source>
        <translation>{kind} {id}: нет сохранённых версий</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/record_history.py" line="162"/>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/record_history.py" line="163"/>
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/record_history.py" line="165"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/record_history.py" line="166"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../recp_audit/services/records.py" line="63"/>
        <source>{kind} {id} does not exist (it may have been deleted)</source>
        <translation>Запись {kind} {id} не существует (возможно, она удалена)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="152"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="153"/>
        <source>NACE code</source>
        <translation>Код NACE</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="154"/>
        <source>National code</source>
        <translation>Код ОКЭД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="155"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="156"/>
        <source>Employees</source>
        <translation>Работников</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="157"/>
        <source>Shifts</source>
        <translation>Смен</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="158"/>
        <source>Annual output</source>
        <translation>Годовой выпуск</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="159"/>
        <source>Output unit</source>
        <translation>Единица выпуска</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="161"/>
        <source>Main products</source>
        <translation>Основная продукция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="162"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="163"/>
        <source>Baseline from</source>
        <translation>Базовый период с</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="164"/>
        <source>Baseline to</source>
        <translation>Базовый период по</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="45"/>
        <location filename="../../recp_audit/reports/tables.py" line="165"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="34"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="35"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="36"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="37"/>
        <source>Baseline</source>
        <translation>Базовая линия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="38"/>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="39"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="40"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="41"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="42"/>
        <source>Measured quantity</source>
        <translation>Измеряемая величина</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="43"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="44"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="46"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="47"/>
        <source>EWC code</source>
        <translation>Код отхода (EWC)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="48"/>
        <source>calibration overdue</source>
        <translation>поверка просрочена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="49"/>
        <source>Readings</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="50"/>
        <source>Point</source>
        <translation>Точка измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="51"/>
        <source>Taken</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="52"/>
        <source>Instrument</source>
        <translation>Прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="53"/>
        <source>Calibration</source>
        <translation>Поверка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="54"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="55"/>
        <source>Series statistics</source>
        <translation>Статистика рядов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="56"/>
        <source>Series</source>
        <translation>Ряд</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="57"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="58"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="59"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="60"/>
        <source>Samples</source>
        <translation>Отсчётов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="61"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="62"/>
        <source>Std</source>
        <translation>Ст. откл.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="63"/>
        <source>Base load</source>
        <translation>Базовая нагрузка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="64"/>
        <source>Peak</source>
        <translation>Пик</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="65"/>
        <source>Load factor</source>
        <translation>Коэффициент нагрузки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="66"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="67"/>
        <source>Total unit</source>
        <translation>Единица итога</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="68"/>
        <source>Hours with data</source>
        <translation>Часов с данными</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="69"/>
        <source>Hours above threshold</source>
        <translation>Часов выше порога</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="70"/>
        <source>finding</source>
        <translation>несоответствие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="71"/>
        <source>Checklist answers</source>
        <translation>Ответы чек-листов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="72"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="73"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="74"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="75"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="76"/>
        <source>Finding</source>
        <translation>Несоответствие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="77"/>
        <source>Options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="78"/>
        <source>Option</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="79"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="80"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="81"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="82"/>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="83"/>
        <source>Electricity saved, MWh/yr</source>
        <translation>Экономия электроэнергии, МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="84"/>
        <source>Fuel and heat saved, MWh/yr</source>
        <translation>Экономия топлива и тепла, МВт·ч/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="85"/>
        <source>Water saved, m³/yr</source>
        <translation>Экономия воды, м³/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="86"/>
        <source>Materials saved, t/yr</source>
        <translation>Экономия материалов, т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="87"/>
        <source>CO2e avoided, t/yr</source>
        <translation>Сокращение CO2-экв., т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="88"/>
        <source>Saving, {currency}/yr</source>
        <translation>Экономия, {currency}/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="89"/>
        <source>Saving from, {currency}/yr</source>
        <translation>Экономия от, {currency}/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="90"/>
        <source>Saving to, {currency}/yr</source>
        <translation>Экономия до, {currency}/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="91"/>
        <source>Not priced</source>
        <translation>Не оценено в деньгах</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="92"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="93"/>
        <source>Order in group</source>
        <translation>Порядок в группе</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="94"/>
        <source>Saving in the group&apos;s sequence, {currency}/yr</source>
        <translation>Экономия в последовательности группы, {currency}/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="95"/>
        <source>Investment, {currency}</source>
        <translation>Инвестиции, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="96"/>
        <source>Payback, years</source>
        <translation>Окупаемость, лет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="97"/>
        <source>NPV, {currency}</source>
        <translation>ЧДД, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="98"/>
        <source>IRR, %</source>
        <translation>ВНД, %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="99"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="100"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="101"/>
        <source>Realised, {currency}/yr</source>
        <translation>Фактически, {currency}/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="102"/>
        <source>RECP indicators</source>
        <translation>Показатели РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="103"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="104"/>
        <source>After selected options</source>
        <translation>После выбранных мероприятий</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="105"/>
        <source>changed for this audit</source>
        <translation>изменено для этого аудита</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="106"/>
        <source>Emission factors</source>
        <translation>Коэффициенты выбросов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="107"/>
        <source>Factor</source>
        <translation>Коэффициент</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="108"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/tables.py" line="166"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../recp_audit/services/reports.py" line="36"/>
        <source>the folder {folder} does not exist</source>
        <translation>папка {folder} не существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/reports.py" line="43"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>нельзя записать в {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/reports.py" line="50"/>
        <source>cannot write {file}: {reason}</source>
        <translation>нельзя записать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/reports.py" line="81"/>
        <source>there is no report kind &quot;{kind}&quot; (kinds: assessment, self-diagnosis)</source>
        <translation>вида отчёта «{kind}» нет (виды: assessment, self-diagnosis)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/reports.py" line="95"/>
        <source>there is no table &quot;{table}&quot; (tables: {tables})</source>
        <translation>таблицы «{table}» нет (таблицы: {tables})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/reports.py" line="135"/>
        <source>{file}: the candidate list is written as .xlsx, .csv, .pdf or .json</source>
        <translation>{file}: список кандидатов сохраняется в .xlsx, .csv, .pdf или .json</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/reports.py" line="142"/>
        <source>the park {park} does not exist</source>
        <translation>парка {park} нет</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="21"/>
        <source>Assessment report (PDF)</source>
        <translation>Отчёт об оценке (PDF)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="22"/>
        <source>Self-diagnosis report (PDF)</source>
        <translation>Отчёт самодиагностики (PDF)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="24"/>
        <source>Workbook with all tables (Excel)</source>
        <translation>Книга со всеми таблицами (Excel)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="26"/>
        <source>One table (CSV)</source>
        <translation>Одна таблица (CSV)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="27"/>
        <source>Options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="28"/>
        <source>Baseline</source>
        <translation>Базовая линия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="29"/>
        <source>Readings</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="30"/>
        <source>Series statistics</source>
        <translation>Статистика рядов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="31"/>
        <source>Checklist answers</source>
        <translation>Ответы чек-листов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="32"/>
        <source>RECP indicators</source>
        <translation>Показатели РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="33"/>
        <source>Emission factors</source>
        <translation>Коэффициенты выбросов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="34"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="48"/>
        <location filename="../../recp_audit/gui/pages/reports.py" line="140"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="67"/>
        <source>For Russian-locale Excel (; and decimal comma)</source>
        <translation>Для Excel с русскими настройками (; и десятичная запятая)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="69"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="70"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="71"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="75"/>
        <source>Create…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="91"/>
        <source>After Create…, the first pages of the report (or the sheets of a workbook) are shown here.</source>
        <translation>После «Создать…» здесь появятся первые страницы отчёта (или листы книги Excel).</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="119"/>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="135"/>
        <source>Making the report…</source>
        <translation>Создание отчёта…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="137"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="142"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/reports.py" line="166"/>
        <source>Sheets and their rows:</source>
        <translation>Листы и число строк:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="31"/>
        <source>← Checklists</source>
        <translation>← Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="52"/>
        <source>Checklist results</source>
        <translation>Результаты чек-листов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="56"/>
        <source>Overall score {score} · {answered} of {visible} items answered · {na} not applicable · {ne} not evaluated · {findings} findings</source>
        <translation>Общий балл {score} · отвечено {answered} из {visible} · неприменимо: {na} · не оценивалось: {ne} · замечаний: {findings}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="70"/>
        <source>score, %</source>
        <translation>балл, %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="76"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="76"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="76"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="77"/>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="77"/>
        <source>Not evaluated</source>
        <translation>Не оценивалось</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="78"/>
        <location filename="../../recp_audit/gui/pages/results.py" line="90"/>
        <source>Findings</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="95"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="95"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="95"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="96"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="96"/>
        <source>Suggested option</source>
        <translation>Предлагаемое мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="101"/>
        <source>Create draft options for the selected findings</source>
        <translation>Создать черновики мероприятий по выбранным замечаниям</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="115"/>
        <source>✓ drafted: {title}</source>
        <translation>✓ черновик: {title}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="139"/>
        <location filename="../../recp_audit/gui/pages/results.py" line="146"/>
        <source>Draft options</source>
        <translation>Черновики мероприятий</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="140"/>
        <source>Select one or more findings first.</source>
        <translation>Сначала выберите одно или несколько замечаний.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../recp_audit/roles.py" line="19"/>
        <source>National RECP expert</source>
        <translation>Национальный эксперт РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/roles.py" line="20"/>
        <source>RECP club member (self-diagnosis)</source>
        <translation>Участник клуба РЭЧП (самодиагностика)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/roles.py" line="21"/>
        <source>Audit lead / industrial park</source>
        <translation>Руководитель аудита / индустриальный парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/roles.py" line="25"/>
        <source>Full audits on site: checklists, baseline, instrument measurements, savings calculators, streams and reports.</source>
        <translation>Полные аудиты на площадке: контрольные листы, базовая линия, инструментальные измерения, расчёты экономии, потоки и отчёты.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/roles.py" line="28"/>
        <source>A self-diagnosis of your own enterprise: answer the checklists, enter the monthly consumption, read the results and print the report.</source>
        <translation>Самодиагностика своего предприятия: ответьте на вопросы контрольных листов, внесите помесячное потребление, посмотрите результаты и распечатайте отчёт.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/roles.py" line="31"/>
        <source>Merge the experts&apos; files, settle conflicts, run a park&apos;s industrial symbiosis and its consolidated report, publish to the team server.</source>
        <translation>Объединение файлов экспертов, разрешение конфликтов, промышленный симбиоз парка и сводный отчёт, публикация на сервер команды.</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="520"/>
        <source>By-product or waste: опилки, fly ash, 10 01 02</source>
        <translation>Побочный продукт или отход: опилки, зола, 10 01 02</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="523"/>
        <source>Sector (NACE), e.g. 23 or 16.2</source>
        <translation>Отрасль (NACE), напр. 23 или 16.2</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="525"/>
        <source>All enterprises, not only the park</source>
        <translation>Все предприятия, не только парка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="528"/>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="549"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="549"/>
        <source>NACE</source>
        <translation>NACE</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="549"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="550"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="550"/>
        <source>Quantity per year</source>
        <translation>Количество в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="550"/>
        <source>Why listed</source>
        <translation>Почему в списке</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="557"/>
        <source>the stream matches</source>
        <translation>поток подходит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="560"/>
        <source>(no stream yet)</source>
        <translation>(потока пока нет)</translation>
    </message>
</context>
<context>
    <name>SelfDiagnosisPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="158"/>
        <source>Your self-diagnosis result</source>
        <translation>Результат вашей самодиагностики</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="174"/>
        <source>{count} questions are not answered yet; the result counts only the answered ones.</source>
        <translation>Вопросов без ответа: {count}; результат учитывает только отвеченные.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="187"/>
        <source>Strong areas:</source>
        <translation>Сильные стороны:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="188"/>
        <source>none yet (an area is strong from 75 %)</source>
        <translation>пока нет (область считается сильной от 75 %)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="189"/>
        <source>Areas to work on first:</source>
        <translation>Над чем работать в первую очередь:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="190"/>
        <source>none below 50 %</source>
        <translation>нет областей ниже 50 %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="198"/>
        <source>score, %</source>
        <translation>балл, %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="201"/>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="208"/>
        <source>No recommendations: every answered question shows good practice.</source>
        <translation>Рекомендаций нет: все ответы показывают хорошую практику.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="218"/>
        <source>Answer the questions to see your result.</source>
        <translation>Ответьте на вопросы, чтобы увидеть результат.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="220"/>
        <source>A good level. Keep it up, and look at the few points below.</source>
        <translation>Хороший уровень. Так держать — и обратите внимание на несколько пунктов ниже.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="222"/>
        <source>A fair level with clear room to improve. The steps below are where to start.</source>
        <translation>Средний уровень, есть заметный резерв. Начните с шагов ниже.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="224"/>
        <source>Large potential for savings. Start with the first steps below; most cost little or nothing.</source>
        <translation>Большой потенциал экономии. Начните с первых шагов ниже — большинство почти ничего не стоят.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/results.py" line="238"/>
        <source>Your answer to «{question}»: {answer}</source>
        <translation>Ваш ответ на вопрос «{question}»: {answer}</translation>
    </message>
</context>
<context>
    <name>SelfReport</name>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="25"/>
        <source>This short report sums up your answers to the RECP checklists. It shows where your enterprise already works well, where it loses energy, water or materials, and what to do first. No instrument measurements are needed.</source>
        <translation>Этот короткий отчёт подводит итог вашим ответам в чек-листах РЭЧП. Он показывает, где предприятие уже работает хорошо, где теряет энергию, воду или материалы и с чего начать. Измерения приборами для него не нужны.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="29"/>
        <source>{score} % of good practice ({answered} of {visible} questions answered)</source>
        <translation>{score} % хорошей практики (отвечено вопросов: {answered} из {visible})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="31"/>
        <source>{area}: {score} %</source>
        <translation>{area}: {score} %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="32"/>
        <source>None yet: no area scores {limit} % or more.</source>
        <translation>Пока нет: ни одна область не набрала {limit} % и больше.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="33"/>
        <source>None: every area scores {limit} % or more.</source>
        <translation>Нет: все области набрали {limit} % и больше.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="34"/>
        <source>Your answers point to these improvements, most important first:</source>
        <translation>Ваши ответы указывают на такие улучшения (сначала самые важные):</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="36"/>
        <source>No answers yet: fill in the checklists first, then make this report again.</source>
        <translation>Ответов пока нет: сначала заполните чек-листы, затем сделайте отчёт ещё раз.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="38"/>
        <source>Made on {date}. Discuss the results in your RECP club: an expert assessment with measurements can put numbers on each improvement.</source>
        <translation>Отчёт составлен {date}. Обсудите результаты в клубе РЭЧП: экспертная оценка с измерениями позволит посчитать экономию от каждого улучшения.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="43"/>
        <source>Self-diagnosis: resource efficiency and cleaner production</source>
        <translation>Самодиагностика: ресурсоэффективность и более чистое производство</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="44"/>
        <source>Your overall score</source>
        <translation>Ваш общий результат</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="45"/>
        <source>Score by area, %</source>
        <translation>Результат по областям, %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="46"/>
        <source>Strong areas</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="47"/>
        <source>Areas to improve</source>
        <translation>Что улучшить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="48"/>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="49"/>
        <source>Improvements you have worked out</source>
        <translation>Улучшения, которые вы уже посчитали</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="50"/>
        <source>Improvement</source>
        <translation>Улучшение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="51"/>
        <source>Saving a year, {currency}</source>
        <translation>Экономия в год, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="52"/>
        <source>Pays back in, years</source>
        <translation>Окупится за, лет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/pdf_self_diagnosis.py" line="53"/>
        <source>Answer given: {answer}</source>
        <translation>ваш ответ: {answer}</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <location filename="../../recp_audit/services/series.py" line="73"/>
        <source>the measurement point does not exist (it may have been deleted)</source>
        <translation>точки измерения нет (возможно, она удалена)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/series.py" line="176"/>
        <location filename="../../recp_audit/services/series.py" line="260"/>
        <source>the series does not exist (it may have been deleted)</source>
        <translation>ряда нет (возможно, он удалён)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/series.py" line="244"/>
        <source>{count} gap(s), {hours} h without data, first {first}</source>
        <translation>разрывов: {count}, без данных {hours} ч, первый {first}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/series.py" line="246"/>
        <source>{count} repeated time stamp(s) dropped, first {first}</source>
        <translation>отброшено повторных отметок времени: {count}, первая {first}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/series.py" line="248"/>
        <source>{count} time step(s) backwards, sorted; first {first}</source>
        <translation>шагов времени назад: {count}, данные упорядочены; первый {first}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/series.py" line="250"/>
        <source>{count} bad row(s) skipped, first: {first}</source>
        <translation>пропущено плохих строк: {count}, первая: {first}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/series.py" line="251"/>
        <source>{count} value(s) left out (NaN, inf)</source>
        <translation>пропущено значений: {count} (NaN, inf)</translation>
    </message>
</context>
<context>
    <name>SeriesImport</name>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="62"/>
        <source>row {row}: {reason}</source>
        <translation>строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="65"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; {reason}</source>
        <translation>строка {row}, столбец «{column}»: «{value}» {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="71"/>
        <source>is not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="72"/>
        <source>is not a time in the chosen format</source>
        <translation>не является временем в выбранном формате</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="73"/>
        <source>has no time</source>
        <translation>не содержит времени</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="74"/>
        <source>it has {found} columns, not as many as the other rows</source>
        <translation>в ней {found} столбцов, не столько, сколько в других строках</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="113"/>
        <source>{file} has no data rows after row {row}</source>
        <translation>в {file} нет строк данных после строки {row}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="125"/>
        <source>{file} does not exist</source>
        <translation>файл {file} не существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="127"/>
        <source>{file} is empty</source>
        <translation>файл {file} пуст</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="129"/>
        <source>choose the column that holds the time</source>
        <translation>выберите столбец со временем</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="131"/>
        <source>choose at least one channel to import</source>
        <translation>выберите хотя бы один канал для импорта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="134"/>
        <source>channel &quot;{name}&quot; is the time column</source>
        <translation>канал «{name}» совпадает со столбцом времени</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="292"/>
        <source>{file} is not in the {encoding} encoding (byte {position} of a line read so far cannot be decoded); choose another encoding</source>
        <translation>{file} не в кодировке {encoding} (байт {position} в прочитанной строке не декодируется); выберите другую кодировку</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="297"/>
        <source>{file}, row {row}: the text cannot be split into cells (a quote left open or a cell over 128 KB); is it really a logger file?</source>
        <translation>{file}, строка {row}: текст не делится на ячейки (незакрытая кавычка или ячейка больше 128 КБ); это точно файл регистратора?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="310"/>
        <source>{file} has no sheet &quot;{sheet}&quot;</source>
        <translation>в {file} нет листа «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/importers.py" line="375"/>
        <source>{file}: {count} row(s) cannot be imported, first {first}; fix the file, correct the mapping or choose to skip bad rows</source>
        <translation>{file}: строк, которые нельзя импортировать: {count}, первая — {first}; исправьте файл, сопоставление или включите пропуск плохих строк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/import_templates.py" line="72"/>
        <source>there is no import template &quot;{name}&quot;</source>
        <translation>шаблона импорта «{name}» нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/series.py" line="289"/>
        <source>{file} has no column &quot;{column}&quot; (its columns: {columns})</source>
        <translation>в {file} нет столбца «{column}» (столбцы: {columns})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/series_cli.py" line="22"/>
        <source>&quot;{value}&quot; is not an audit id</source>
        <translation>«{value}» не является идентификатором аудита</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/series_cli.py" line="57"/>
        <source>no instrument with serial {serial} in the register</source>
        <translation>в реестре нет прибора с заводским номером {serial}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/measure/layout.py" line="164"/>
        <source>{file}: the text cannot be split into cells (a quote left open or a cell over 128 KB); is it really a logger file?</source>
        <translation>{file}: текст не делится на ячейки (незакрытая кавычка или ячейка больше 128 КБ); это точно файл регистратора?</translation>
    </message>
</context>
<context>
    <name>SeriesImportDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="50"/>
        <source>Import logged series</source>
        <translation>Импорт ряда регистратора</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="55"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="56"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="70"/>
        <source>point (1.5)</source>
        <translation>точка (1.5)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="71"/>
        <source>comma (1,5)</source>
        <translation>запятая (1,5)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="74"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="82"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="82"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="83"/>
        <source>Columns separated by</source>
        <translation>Разделитель столбцов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="84"/>
        <source>Decimal sign</source>
        <translation>Десятичный знак</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="84"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="85"/>
        <source>Header row</source>
        <translation>Строка заголовков</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="85"/>
        <source>Data from row</source>
        <translation>Данные со строки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="86"/>
        <source>Time column</source>
        <translation>Столбец времени</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="87"/>
        <source>Time of day in column</source>
        <translation>Время суток в столбце</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="88"/>
        <source>Time format</source>
        <translation>Формат времени</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="97"/>
        <source>Preview (time columns in yellow, channels in blue)</source>
        <translation>Просмотр (время — жёлтым, каналы — синим)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="100"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="103"/>
        <source>Import column</source>
        <translation>Импортировать столбец</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="103"/>
        <source>Channel name</source>
        <translation>Название канала</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="103"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="104"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="111"/>
        <source>Skip rows that cannot be read (they are counted)</source>
        <translation>Пропускать нечитаемые строки (они будут подсчитаны)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="113"/>
        <source>name, to reuse this mapping for the next file</source>
        <translation>название, чтобы применить это сопоставление к следующему файлу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="114"/>
        <source>Series name</source>
        <translation>Название ряда</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="115"/>
        <source>Instrument</source>
        <translation>Прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="117"/>
        <source>Save as template</source>
        <translation>Сохранить как шаблон</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="128"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="150"/>
        <source>(not recorded)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="152"/>
        <source> — calibration overdue</source>
        <translation> — поверка просрочена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="164"/>
        <source>Choose a logger file</source>
        <translation>Выберите файл регистратора</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="165"/>
        <source>Logger files (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Файлы регистраторов (*.csv *.tsv *.txt *.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="184"/>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="221"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="366"/>
        <source>Channel &quot;{name}&quot;: {problem}</source>
        <translation>Канал «{name}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="381"/>
        <source>Choose a logger file first.</source>
        <translation>Сначала выберите файл регистратора.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="392"/>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="397"/>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/series_import.py" line="411"/>
        <source>The series was imported, but the template could not be saved: {problem}</source>
        <translation>Ряд импортирован, но шаблон сохранить не удалось: {problem}</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="22"/>
        <source>Samples</source>
        <translation>Отсчётов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="23"/>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="24"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="25"/>
        <source>Maximum (peak)</source>
        <translation>Максимум (пик)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="26"/>
        <source>Standard deviation</source>
        <translation>Стандартное отклонение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="27"/>
        <source>5th percentile</source>
        <translation>5-й процентиль</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="28"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="29"/>
        <source>95th percentile</source>
        <translation>95-й процентиль</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="30"/>
        <source>Base load (2.5th percentile)</source>
        <translation>Базовая нагрузка (2,5-й процентиль)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="31"/>
        <source>Near-peak (97.5th percentile)</source>
        <translation>Почти пик (97,5-й процентиль)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="33"/>
        <source>Load factor (mean / peak)</source>
        <translation>Коэффициент нагрузки (среднее / пик)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="35"/>
        <source>Total over time</source>
        <translation>Итог за время</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="36"/>
        <source>Hours with data</source>
        <translation>Часов с данными</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="37"/>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="38"/>
        <source>Hours above threshold</source>
        <translation>Часов выше порога</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="67"/>
        <source>{count} samples every {interval} s, {start} – {end}</source>
        <translation>{count} отсчётов через {interval} с, {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="140"/>
        <source>{count} gap(s), {hours} h without data, first after {at}</source>
        <translation>разрывов: {count}, без данных {hours} ч, первый после {at}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="76"/>
        <source>Measured with an instrument past its calibration due date: treat these values with care.</source>
        <translation>Измерено прибором с просроченной поверкой: используйте эти значения с осторожностью.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="90"/>
        <source>Statistics for a selected time range</source>
        <translation>Статистика за выбранный интервал</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="94"/>
        <source>Operating hours of</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="99"/>
        <source>above</source>
        <translation>выше</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="101"/>
        <source>10 % of peak</source>
        <translation>10 % от пика</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="114"/>
        <source>Over time</source>
        <translation>Во времени</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="116"/>
        <source>Duration curve</source>
        <translation>Кривая продолжительности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="118"/>
        <source>Average day</source>
        <translation>Средние сутки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="120"/>
        <source>Average week</source>
        <translation>Средняя неделя</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="145"/>
        <source>{count} repeated time stamp(s) dropped, first {at}</source>
        <translation>повторных отметок времени отброшено: {count}, первая {at}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="148"/>
        <source>{count} time step(s) backwards, sorted; first {at}</source>
        <translation>шагов назад во времени: {count}, отсортировано; первый {at}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="151"/>
        <source>{count} value(s) left out (NaN, inf)</source>
        <translation>пропущено значений: {count} (NaN, inf)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="154"/>
        <source>{count} bad row(s) skipped, first: {first}</source>
        <translation>пропущено плохих строк: {count}, первая: {first}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="196"/>
        <source>instrument calibration overdue</source>
        <translation>поверка прибора просрочена</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="211"/>
        <source>hours at or above the value</source>
        <translation>часов на уровне значения и выше</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="212"/>
        <source>hour of the day</source>
        <translation>час суток</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/series_view.py" line="213"/>
        <source>hour of the week (Monday 0:00 = 0)</source>
        <translation>час недели (понедельник 0:00 = 0)</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="80"/>
        <source>&quot;{address}&quot; is not a server address; write postgresql://user@host:5432/database</source>
        <translation>«{address}» — не адрес сервера; укажите postgresql://пользователь@хост:5432/база</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="84"/>
        <source>&quot;{address}&quot; is not a PostgreSQL address; write postgresql://user@host:5432/database</source>
        <translation>«{address}» — не адрес PostgreSQL; укажите postgresql://пользователь@хост:5432/база</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="116"/>
        <source>the server {server} asks for the password of {user}</source>
        <translation>сервер {server} запрашивает пароль пользователя {user}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="120"/>
        <source>the server {server} refused the password of {user}</source>
        <translation>сервер {server} не принял пароль пользователя {user}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="124"/>
        <source>the server {server} has no database &quot;{database}&quot;</source>
        <translation>на сервере {server} нет базы «{database}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="47"/>
        <source>the account {user} may not pull from the server {server} ({reason}): pulling needs the recp_viewer or recp_editor role; ask the centre for it</source>
        <translation>учётной записи {user} нельзя получать данные с сервера {server} ({reason}): для этого нужна роль recp_viewer или recp_editor; попросите её в центре</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="50"/>
        <source>the account {user} may not publish to the server {server} ({reason}): publishing needs the recp_editor role; ask the centre for editor rights</source>
        <translation>учётной записи {user} нельзя публиковать на сервер {server} ({reason}): для публикации нужна роль recp_editor; попросите в центре права редактора</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="53"/>
        <source>the account {user} may not set up the server {server} ({reason}): server-init needs the owner of the database</source>
        <translation>учётной записи {user} нельзя настраивать сервер {server} ({reason}): server-init запускает владелец базы данных</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="56"/>
        <source>the account {user} may not create logins on the server {server} ({reason}): server-user needs the CREATEROLE right and the owner of the database</source>
        <translation>учётной записи {user} нельзя создавать учётные записи на сервере {server} ({reason}): для server-user нужны право CREATEROLE и владелец базы данных</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="131"/>
        <source>the server {server} stayed busy for {seconds} s (another login held what this needs); your work here is unaffected, try again later</source>
        <translation>сервер {server} был занят {seconds} с (нужное удерживала другая учётная запись); ваша работа здесь не затронута, повторите позже</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="138"/>
        <source>the server {server} did not answer within {seconds} s; your work here is unaffected</source>
        <translation>сервер {server} не ответил за {seconds} с; ваша работа здесь не затронута</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="143"/>
        <source>cannot reach the server {server}: {reason}; your work here is unaffected</source>
        <translation>сервер {server} недоступен: {reason}; ваши данные на этом компьютере не затронуты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="146"/>
        <source>the connection to the server {server} failed: {reason}; your work here is unaffected</source>
        <translation>связь с сервером {server} прервалась: {reason}; ваши данные на этом компьютере не затронуты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="211"/>
        <source>the database {database} is not a recp_audit server yet; set it up with recp-audit server-init</source>
        <translation>база {database} ещё не настроена как сервер recp_audit; настройте её командой recp-audit server-init</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="216"/>
        <source>the server was set up by a newer version of recp_audit (schema {found}); update the program to use it</source>
        <translation>сервер настроен более новой версией recp_audit (схема {found}); обновите программу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="219"/>
        <source>the server&apos;s schema {found} is older than this program&apos;s {known}; ask its administrator to run recp-audit server-init</source>
        <translation>схема сервера {found} старше схемы программы {known}; попросите администратора выполнить recp-audit server-init</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="226"/>
        <source>the server&apos;s safeguards are not this program&apos;s; ask its administrator to run recp-audit server-init</source>
        <translation>защита сервера не от этой версии программы; попросите администратора сервера запустить recp-audit server-init</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="283"/>
        <source>the role must be viewer or editor, not &quot;{role}&quot;</source>
        <translation>роль должна быть viewer или editor, а не «{role}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/connect.py" line="286"/>
        <source>&quot;{name}&quot; is not a usable account name (letters, digits and _)</source>
        <translation>«{name}» не подходит как имя учётной записи (буквы, цифры и _)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/server/sync.py" line="124"/>
        <source>a {table} row could not be written: {reason}</source>
        <translation>не удалось записать строку {table}: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/server.py" line="131"/>
        <source>{file} is open read-only; nothing can be pulled into it</source>
        <translation>{file} открыт только для чтения; получить в него данные нельзя</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/server.py" line="165"/>
        <source>{file} already exists</source>
        <translation>{file} уже существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/server.py" line="167"/>
        <source>the folder {folder} does not exist</source>
        <translation>папка {folder} не существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/server.py" line="189"/>
        <source>the server has no park {id}</source>
        <translation>на сервере нет парка {id}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/server.py" line="190"/>
        <source>the server has no enterprise {id}</source>
        <translation>на сервере нет предприятия {id}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="20"/>
        <source>Pull from server</source>
        <translation>Получить с сервера</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="21"/>
        <source>Publish to server</source>
        <translation>Опубликовать на сервер</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="25"/>
        <source>Bring the server&apos;s audits and streams into this workspace. Conflicts with your own changes appear on the Merge conflicts page; a backup is made first.</source>
        <translation>Получить аудиты и потоки с сервера в эту рабочую область. Конфликты с вашими изменениями появятся на странице «Конфликты слияния»; перед этим делается резервная копия.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="28"/>
        <source>Send your changes to the team server. Enterprises marked private stay on this computer and are withdrawn from the server if you published them before. Publishing again carries on where an interrupted one stopped.</source>
        <translation>Отправить ваши изменения на общий сервер. Предприятия, отмеченные как частные, остаются на этом компьютере, а если вы публиковали их раньше, убираются с сервера. Повторная публикация продолжает прерванную с того места, где она остановилась.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="43"/>
        <source>asked each time, never saved in the file</source>
        <translation>запрашивается каждый раз, в файле не сохраняется</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="44"/>
        <source>Remember the password in the system keyring</source>
        <translation>Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="48"/>
        <source>No system keyring is available on this computer</source>
        <translation>На этом компьютере нет системного хранилища паролей</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="49"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="50"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="51"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="52"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="53"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="57"/>
        <source>Everything on the server</source>
        <translation>Всё, что есть на сервере</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="61"/>
        <source>Bring</source>
        <translation>Получить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="66"/>
        <source>Pull</source>
        <translation>Получить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/server_dialog.py" line="66"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="46"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="65"/>
        <source>for example: A. Ivanova, RECP centre</source>
        <translation>например: А. Иванова, центр РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="66"/>
        <source>Written beside every change you make, so that a lead merging several experts&apos; files sees who changed what. Takes effect for the next workspace opened.</source>
        <translation>Записывается рядом с каждым вашим изменением, чтобы руководитель, объединяющий файлы экспертов, видел, кто что изменил. Действует для следующей открытой рабочей области.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="74"/>
        <source>The unit of heat and fuel amounts in results and reports (1 Gcal = 1.163 MWh = 4.1868 GJ). Electricity stays in MWh.</source>
        <translation>Единица количества тепла и топлива в результатах и отчётах (1 Гкал = 1,163 МВт·ч = 4,1868 ГДж). Электроэнергия остаётся в МВт·ч.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="79"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="81"/>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="82"/>
        <source>&amp;Heat and fuel in:</source>
        <translation>&amp;Тепло и топливо в:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="86"/>
        <source>New audits</source>
        <translation>Новые аудиты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="91"/>
        <source>The currency a new audit&apos;s costs and prices are in; each audit can still be changed in its form.</source>
        <translation>Валюта затрат и цен нового аудита; у каждого аудита её можно изменить в его карточке.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="95"/>
        <source>empty: the shipped 400 g/kWh (IFI 2021)</source>
        <translation>пусто: встроенный 400 г/кВт·ч (IFI 2021)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="97"/>
        <source>CO2e per kWh of grid electricity that new audits start with, with its unit, e.g. 0.45 kg/kWh. Leave empty for the shipped factor. Existing audits keep theirs; change them with Emission factors… on the audit&apos;s Options page.</source>
        <translation>CO2-экв. на кВт·ч электроэнергии из сети, с которым начинаются новые аудиты, с единицей, например 0.45 kg/kWh. Оставьте пустым для встроенного коэффициента. Существующие аудиты сохраняют свои; их меняют кнопкой «Коэффициенты выбросов…» на странице «Мероприятия» аудита.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="102"/>
        <source>where the value comes from</source>
        <translation>откуда взято значение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="104"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="105"/>
        <source>&amp;Grid electricity factor:</source>
        <translation>&amp;Коэффициент для электроэнергии:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="106"/>
        <source>&amp;Source of the factor:</source>
        <translation>&amp;Источник коэффициента:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="110"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="115"/>
        <source>Where the default workspace, the demo and the backups are kept. Empty: the system&apos;s folder shown in grey. The workspace open now stays where it is.</source>
        <translation>Где хранятся основная рабочая область, демо и резервные копии. Пусто: системная папка, показанная серым. Открытая сейчас рабочая область остаётся на месте.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="117"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="126"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="128"/>
        <source>Each time a workspace is opened a copy of it is put in the backups folder; this many of the newest copies are kept per workspace. 0 turns automatic backups off.</source>
        <translation>При каждом открытии рабочей области её копия кладётся в папку резервных копий; для каждой рабочей области хранится столько последних копий. 0 отключает автоматические копии.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="130"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Папка данных:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="134"/>
        <source>Automatic &amp;backups kept:</source>
        <translation>Хранить &amp;резервных копий:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/settings_dialog.py" line="142"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="98"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="101"/>
        <source>Next field / previous field</source>
        <translation>Следующее поле / предыдущее поле</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="102"/>
        <source>Move in the tree on the left; open or close a branch</source>
        <translation>Перемещение по дереву слева; раскрыть или свернуть ветвь</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="103"/>
        <source>Arrows; Right / Left</source>
        <translation>Стрелки; Вправо / Влево</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="104"/>
        <source>Confirm a dialog / close it without saving</source>
        <translation>Подтвердить диалог / закрыть без сохранения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="105"/>
        <source>Open a menu</source>
        <translation>Открыть меню</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="105"/>
        <source>Alt + the underlined letter</source>
        <translation>Alt + подчёркнутая буква</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="109"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="109"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="109"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/help.py" line="118"/>
        <source>Every command is also in the menus; Alt opens them.</source>
        <translation>Все команды есть и в меню; Alt открывает их.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <location filename="../../recp_audit/spreadsheets.py" line="41"/>
        <source>{file} is not an Excel workbook (.xlsx): it is damaged or of another kind</source>
        <translation>{file} — не книга Excel (.xlsx): файл повреждён или другого типа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/spreadsheets.py" line="48"/>
        <source>{file} would unpack to {size} MB, too much for a table (a damaged or deliberately inflated workbook); save it again from Excel</source>
        <translation>{file} распаковался бы в {size} МБ — слишком много для таблицы (книга повреждена или намеренно раздута); сохраните её заново в Excel</translation>
    </message>
    <message>
        <location filename="../../recp_audit/spreadsheets.py" line="62"/>
        <source>{file} is not a readable Excel workbook: its contents are damaged</source>
        <translation>{file} не читается как книга Excel: её содержимое повреждено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/spreadsheets.py" line="94"/>
        <source>{file}, sheet «{sheet}»: a value in cell {cell} is beyond the last column read ({last}); delete it or move it into the table</source>
        <translation>{file}, лист «{sheet}»: значение в ячейке {cell} правее последнего читаемого столбца ({last}); удалите его или перенесите в таблицу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/spreadsheets.py" line="101"/>
        <source>{file}, sheet «{sheet}»: a value in row {row} is beyond the last row read ({last}); delete it or split the table</source>
        <translation>{file}, лист «{sheet}»: значение в строке {row} ниже последней читаемой строки ({last}); удалите его или разделите таблицу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/spreadsheets.py" line="108"/>
        <source>{file}, sheet «{sheet}»: the contents are damaged and cannot be read</source>
        <translation>{file}, лист «{sheet}»: содержимое повреждено и не читается</translation>
    </message>
</context>
<context>
    <name>StreamDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="41"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="42"/>
        <source>Sawdust, dry / Опилки сухие</source>
        <translation>Опилки сухие / Sawdust, dry</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="43"/>
        <source>EWC code</source>
        <translation>Код отхода (EWC)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="44"/>
        <source>type a code or words: 03 01 05, sawdust</source>
        <translation>введите код или слова: 03 01 05, sawdust</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="45"/>
        <source>National waste code</source>
        <translation>Код по национальному классификатору</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="46"/>
        <source>Hazardous</source>
        <translation>Опасный</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="47"/>
        <source>Physical state</source>
        <translation>Агрегатное состояние</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="48"/>
        <source>solid, liquid, sludge, gas</source>
        <translation>твёрдое, жидкое, шлам, газ</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="49"/>
        <source>Quantity per year</source>
        <translation>Количество в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="50"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="51"/>
        <source>Months available or needed</source>
        <translation>Месяцы, когда есть или нужен</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="52"/>
        <source>empty: all year; 4-10 or апр-окт</source>
        <translation>пусто — весь год; 4-10 или апр-окт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="53"/>
        <source>Temperature, °C</source>
        <translation>Температура, °C</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="54"/>
        <source>Pressure, bar (gauge)</source>
        <translation>Давление, бар (изб.)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="55"/>
        <source>Quality, composition, notes</source>
        <translation>Качество, состав, примечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="56"/>
        <source>Current disposal route</source>
        <translation>Куда идёт сейчас</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="57"/>
        <source>Disposal cost per unit</source>
        <translation>Затраты на удаление за единицу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="58"/>
        <source>Price expected per unit</source>
        <translation>Ожидаемая цена за единицу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="60"/>
        <source>as the EWC code says</source>
        <translation>по коду EWC</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="61"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="62"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="71"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="74"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="76"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="82"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="125"/>
        <source>Edit stream</source>
        <translation>Изменить поток</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/stream_dialog.py" line="126"/>
        <source>New stream</source>
        <translation>Новый поток</translation>
    </message>
</context>
<context>
    <name>StreamsArea</name>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="224"/>
        <source>Streams of {name}</source>
        <translation>Потоки: {name}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="227"/>
        <source>{audit}. What the enterprise offers (green) or needs: waste, by-products, surplus heat, water, spare capacity. The park&apos;s symbiosis matching pairs them with other enterprises.</source>
        <translation>{audit}. Что предприятие предлагает (зелёным) или что ему нужно: отходы, побочные продукты, избыточное тепло, вода, свободные мощности. Подбор симбиоза в парке сводит их с другими предприятиями.</translation>
    </message>
</context>
<context>
    <name>StreamsPanel</name>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="58"/>
        <source>Add stream…</source>
        <translation>Добавить поток…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="59"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="60"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="67"/>
        <source>Draft from this audit…</source>
        <translation>Черновики из этого аудита…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="69"/>
        <source>Waste of the baseline and surplus heat found by the heat-recovery calculators</source>
        <translation>Отходы из базовой линии и избыточное тепло, найденное калькуляторами утилизации тепла</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="79"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="79"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="79"/>
        <location filename="../../recp_audit/gui/pages/streams.py" line="113"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="79"/>
        <source>EWC code</source>
        <translation>Код отхода (EWC)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="80"/>
        <source>Hazardous</source>
        <translation>Опасный</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="80"/>
        <source>Quantity per year</source>
        <translation>Количество в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="80"/>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="81"/>
        <source>Temperature, °C</source>
        <translation>Температура, °C</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="82"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="98"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="99"/>
        <source>all year</source>
        <translation>весь год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="132"/>
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="133"/>
        <source>Add an enterprise to the park first.</source>
        <translation>Сначала добавьте предприятие в парк.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="150"/>
        <location filename="../../recp_audit/gui/pages/streams.py" line="156"/>
        <source>Delete stream</source>
        <translation>Удалить поток</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="151"/>
        <source>Delete «{name}»?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="164"/>
        <source>Draft streams</source>
        <translation>Черновики потоков</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/streams.py" line="165"/>
        <source>Nothing to draft: the baseline has no waste and no heat-recovery option has been calculated, or they are streams already.</source>
        <translation>Нечего предложить: в базовой линии нет отходов и не рассчитана утилизация тепла, или такие потоки уже есть.</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="106"/>
        <source>row {row}, column {column} ({header}): {problem}</source>
        <translation>строка {row}, столбец {column} ({header}): {problem}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="110"/>
        <source>row {row}: {problem}</source>
        <translation>строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="194"/>
        <source>{file}: the header row has no column {columns} (see the survey template)</source>
        <translation>{file}: в строке заголовков нет столбца {columns} (см. шаблон анкеты)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="247"/>
        <source>&quot;{value}&quot; is not a {what} ({unit}); it is kept in the notes</source>
        <translation>«{value}» — не {what} ({unit}); значение сохранено в примечаниях</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="273"/>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="309"/>
        <source>&quot;{value}&quot;: which currency (BYN, RUB, EUR, USD ...)? The prices of this row are kept in the notes</source>
        <translation>«{value}»: какая валюта (BYN, RUB, EUR, USD …)? Цены этой строки сохранены в примечаниях</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="339"/>
        <source>&quot;{value}&quot; is not a price per unit of this stream; it is kept in the notes</source>
        <translation>«{value}» — не цена за единицу этого потока; значение сохранено в примечаниях</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="363"/>
        <source>the park {park} does not exist</source>
        <translation>парка {park} нет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="377"/>
        <source>{file} is empty</source>
        <translation>файл {file} пуст</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="387"/>
        <source>{file} has no rows under its header</source>
        <translation>в {file} нет строк под заголовком</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="432"/>
        <source>the quantity has no unit; it is kept but cannot be compared with other streams</source>
        <translation>у количества нет единицы; оно сохранено, но его нельзя сравнить с другими потоками</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="453"/>
        <source>the enterprise is not named</source>
        <translation>не указано предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="523"/>
        <source>&quot;{value}&quot; is neither a NACE nor an OKED/OKVED code</source>
        <translation>«{value}» — не код NACE и не ОКЭД/ОКВЭД</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="553"/>
        <source>{name} was given NACE {kept} in row {row}; {given} here is taken as a further activity</source>
        <translation>{name}: в строке {row} указан NACE {kept}; {given} здесь принят как дополнительный вид деятельности</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="475"/>
        <source>&quot;{value}&quot; is not a latitude and longitude such as 53.91, 27.56</source>
        <translation>«{value}» — не широта и долгота вида 53.91, 27.56</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="282"/>
        <source>{given} is counted as {yearly} a year (all year round); correct it if the plant stops part of the year</source>
        <translation>{given} пересчитано в {yearly} в год (круглый год); исправьте, если производство часть года стоит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="493"/>
        <source>{name} has no coordinates: distances to it stay unknown</source>
        <translation>у «{name}» нет координат: расстояния до него неизвестны</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="499"/>
        <source>&quot;{name}&quot; is taken as the enterprise &quot;{known}&quot;</source>
        <translation>«{name}» принято за предприятие «{known}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="564"/>
        <source>{name} was given other coordinates in row {row}; these are ignored</source>
        <translation>для «{name}» в строке {row} указаны другие координаты; эти не учтены</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="578"/>
        <source>{given} is read as the EWC code {code} (a spreadsheet dropped its leading zero)</source>
        <translation>{given} прочитано как код EWC {code} (электронная таблица отбросила ведущий ноль)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="592"/>
        <source>{code} is not in the European Waste Catalogue; kept as written, check it</source>
        <translation>{code} нет в Европейском каталоге отходов; сохранено как написано, проверьте</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="597"/>
        <source>&quot;{code}&quot; is not an EWC code (six digits); kept as the national waste code</source>
        <translation>«{code}» — не код EWC (шесть цифр); сохранено как национальный код отхода</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="602"/>
        <source>&quot;{code}&quot; is neither an EWC code (six digits) nor a national waste code (seven); it is kept in the notes</source>
        <translation>«{code}» — не код EWC (шесть цифр) и не национальный код отхода (семь цифр); сохранено в примечаниях</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="619"/>
        <source>&quot;{code}&quot; is not a national waste code (seven digits); it is kept in the notes</source>
        <translation>«{code}» — не национальный код отхода (семь цифр); сохранено в примечаниях</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/survey_import.py" line="627"/>
        <source>{file}: {count} problem(s), nothing imported: {first}</source>
        <translation>{file}: ошибок — {count}, ничего не импортировано: {first}</translation>
    </message>
</context>
<context>
    <name>Symbiosis</name>
    <message>
        <location filename="../../recp_audit/services/symbiosis.py" line="112"/>
        <source>the stream does not exist (it may have been deleted)</source>
        <translation>поток не существует (возможно, он удалён)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/symbiosis.py" line="249"/>
        <source>Surplus heat: {title}</source>
        <translation>Избыточное тепло: {title}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/symbiosis.py" line="250"/>
        <source>from the baseline, {months} month(s) recorded</source>
        <translation>из базовой линии, учтено месяцев: {months}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/symbiosis.py" line="251"/>
        <source>recoverable heat found by the calculator {name}; offer it if not used on site</source>
        <translation>утилизируемое тепло по калькулятору {name}; предложите его, если на месте не используется</translation>
    </message>
</context>
<context>
    <name>SymbiosisPage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="68"/>
        <source>Industrial symbiosis: {park}</source>
        <translation>Промышленный симбиоз: {park}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="71"/>
        <source>Candidates pair one enterprise&apos;s output (waste, by-product, surplus heat) with another&apos;s input. Each is scored and explained; set its status as talks go on — it is kept when the matching runs again.</source>
        <translation>Кандидаты связывают выход одного предприятия (отход, побочный продукт, избыточное тепло) со входом другого. У каждого есть балл и объяснение; отмечайте статус по ходу переговоров — он сохраняется при повторном подборе.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="84"/>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="85"/>
        <source>Park view</source>
        <translation>Схема парка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="86"/>
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="87"/>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="94"/>
        <source>Run matching</source>
        <translation>Запустить подбор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="98"/>
        <source>Include enterprises outside the park</source>
        <translation>Включить предприятия вне парка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="103"/>
        <source>Import survey…</source>
        <translation>Импорт анкет…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="104"/>
        <source>Empty survey template…</source>
        <translation>Пустой шаблон анкеты…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="106"/>
        <source>Export candidates…</source>
        <translation>Экспорт кандидатов…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="107"/>
        <source>Why not?…</source>
        <translation>Почему нет?…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="118"/>
        <source>Candidates ({count})</source>
        <translation>Кандидаты ({count})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="127"/>
        <source>Matching the streams…</source>
        <translation>Подбор потоков…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="132"/>
        <source>Matching</source>
        <translation>Подбор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="147"/>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="157"/>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="165"/>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="179"/>
        <source>Import survey</source>
        <translation>Импорт анкет</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="148"/>
        <source>Survey (*.xlsx *.csv *.txt)</source>
        <translation>Анкета (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="152"/>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="159"/>
        <source>{streams} stream rows for {enterprises} new enterprises can be imported.</source>
        <translation>Можно импортировать строк потоков: {streams}, новых предприятий: {enterprises}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="163"/>
        <source>{count} rows have errors and will be skipped.</source>
        <translation>Строк с ошибками: {count}, они будут пропущены.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="176"/>
        <source>Importing the survey…</source>
        <translation>Импорт анкет…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="180"/>
        <source>Added {created} enterprises and {added} streams; {updated} streams updated.</source>
        <translation>Добавлено предприятий: {created}, потоков: {added}; обновлено потоков: {updated}.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="193"/>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="199"/>
        <source>Empty survey template</source>
        <translation>Пустой шаблон анкеты</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="194"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="209"/>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="221"/>
        <source>Export candidates</source>
        <translation>Экспорт кандидатов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="209"/>
        <source>Symbiosis candidates</source>
        <translation>Кандидаты симбиоза</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="210"/>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf);;CSV (*.csv);;JSON for a by-product platform (*.json)</source>
        <translation>Книга Excel (*.xlsx);;PDF (*.pdf);;CSV (*.csv);;JSON для платформы побочных продуктов (*.json)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="215"/>
        <source>Exporting the candidates…</source>
        <translation>Экспорт кандидатов…</translation>
    </message>
</context>
<context>
    <name>SymbiosisReport</name>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="25"/>
        <source>{count} candidate exchanges; where estimated they divert {tonnes} t a year from disposal, avoid {co2e} t CO2e a year net of transport, and are worth {money} a year to the two sides.</source>
        <translation>Кандидатов на обмен: {count}; по имеющимся оценкам они отводят от захоронения {tonnes} т в год, снижают выбросы на {co2e} т CO2e в год за вычетом перевозки и дают сторонам {money} в год.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="31"/>
        <source>Symbiosis candidates</source>
        <translation>Кандидаты симбиоза</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="32"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="33"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="34"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="35"/>
        <source>Offered</source>
        <translation>Предлагает</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="36"/>
        <source>EWC code</source>
        <translation>Код отхода (EWC)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="37"/>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="38"/>
        <source>Needed</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="39"/>
        <source>Distance, km</source>
        <translation>Расстояние, км</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="40"/>
        <source>Diverted, t/yr</source>
        <translation>Отведено, т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="41"/>
        <source>CO2e avoided net, t/yr</source>
        <translation>Снижение CO2e нетто, т/год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="42"/>
        <source>Money, per yr</source>
        <translation>Выгода в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="43"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="44"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="45"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="46"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="47"/>
        <source>Made on {date}</source>
        <translation>Составлен {date}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="48"/>
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="49"/>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="50"/>
        <source>NACE</source>
        <translation>NACE</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="51"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="52"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="53"/>
        <source>Stream</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="54"/>
        <source>Hazardous</source>
        <translation>Опасный</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="55"/>
        <source>Quantity per year</source>
        <translation>Количество в год</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="56"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="57"/>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="58"/>
        <source>Temperature, °C</source>
        <translation>Температура, °C</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="59"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="60"/>
        <source>No candidates: add the streams the enterprises offer and need, then run the matching.</source>
        <translation>Кандидатов нет: добавьте потоки, которые предприятия предлагают и которые им нужны, и запустите подбор.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/reports/symbiosis.py" line="62"/>
        <source>Estimates: tonnes are the smaller of offer and need; CO2e counts lorry transport (Defra/DECC road freight factor) against the heat or material it replaces where a published factor exists; money is the disposal cost avoided plus the purchase saved.</source>
        <translation>Оценки: тонны — меньшее из предложения и потребности; CO2e — замещаемые тепло или материал (где есть опубликованный коэффициент) за вычетом автоперевозки (коэффициент Defra/DECC); выгода — сэкономленные затраты на удаление плюс сэкономленные закупки.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <location filename="../../recp_audit/services/table_files.py" line="34"/>
        <source>{file} does not exist</source>
        <translation>файл {file} не существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/table_files.py" line="38"/>
        <source>{file} is {size} MB; a table file can be at most {limit} MB</source>
        <translation>{file} занимает {size} МБ; файл таблицы может быть не больше {limit} МБ</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/table_files.py" line="52"/>
        <source>{file} has more than {limit} rows; split the table</source>
        <translation>в {file} больше {limit} строк; разделите таблицу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/table_files.py" line="56"/>
        <source>{file}, row {row}: the text cannot be split into cells (a quote left open or a cell over 128 KB); is it really a table?</source>
        <translation>{file}, строка {row}: текст не делится на ячейки (незакрытая кавычка или ячейка больше 128 КБ); это точно таблица?</translation>
    </message>
</context>
<context>
    <name>TariffsDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="33"/>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="91"/>
        <source>Tariffs</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="36"/>
        <source>Prices in {currency} per unit; options without a price of their own are valued with these.</source>
        <translation>Цены в {currency} за единицу; по ним оцениваются мероприятия, в расчёте которых нет своей цены.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="46"/>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="46"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="47"/>
        <source>Price, {currency}</source>
        <translation>Цена, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="48"/>
        <source>per unit</source>
        <translation>за единицу</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/audit_data.py" line="91"/>
        <source>Row {row}: {problem}</source>
        <translation>Строка {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../recp_audit/gui/tasks.py" line="34"/>
        <source>Wait until it ends: {job}</source>
        <translation>Дождитесь окончания: {job}</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/team.py" line="23"/>
        <source>Team member</source>
        <translation>Член группы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/team.py" line="23"/>
        <source>Role in the audit</source>
        <translation>Роль в аудите</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="25"/>
        <source>Add checklists</source>
        <translation>Добавить чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="28"/>
        <source>Tick the checklists to walk through in this audit. Checklists already in the audit are not listed.</source>
        <translation>Отметьте чек-листы для обхода в этом аудите. Чек-листы, уже добавленные в аудит, не показаны.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="34"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="34"/>
        <source>Items</source>
        <translation>Пунктов</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="34"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="40"/>
        <source>Some template files could not be read:</source>
        <translation>Некоторые файлы шаблонов не удалось прочитать:</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="47"/>
        <source>Import from a spreadsheet…</source>
        <translation>Импорт из таблицы Excel…</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="50"/>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="86"/>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="94"/>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="101"/>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="104"/>
        <source>Import a checklist</source>
        <translation>Импорт чек-листа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="95"/>
        <source>Replace it?</source>
        <translation>Заменить его?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/templates.py" line="105"/>
        <source>«{title}» ({count} items) was added to your checklists:
{path}</source>
        <translation>«{title}» (пунктов: {count}) добавлен в ваши чек-листы:
{path}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="45"/>
        <source>park</source>
        <translation>парк</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="46"/>
        <source>enterprise</source>
        <translation>предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="47"/>
        <source>audit</source>
        <translation>аудит</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="48"/>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="49"/>
        <source>team member</source>
        <translation>участник команды</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="50"/>
        <source>checklist</source>
        <translation>чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="51"/>
        <source>photo</source>
        <translation>фотография</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="52"/>
        <source>option</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="53"/>
        <source>instrument</source>
        <translation>прибор</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="54"/>
        <source>measurement point</source>
        <translation>точка измерения</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="55"/>
        <source>reading</source>
        <translation>замер</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="56"/>
        <source>logged series</source>
        <translation>ряд измерений</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="57"/>
        <source>baseline entry</source>
        <translation>строка базовой линии</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="58"/>
        <source>tariff</source>
        <translation>тариф</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="59"/>
        <source>stream</source>
        <translation>поток</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="60"/>
        <source>symbiosis candidate</source>
        <translation>кандидат симбиоза</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="196"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="206"/>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="243"/>
        <source>{record} was changed since by {author}; nothing was changed</source>
        <translation>Запись {record} с тех пор изменил(а) {author}; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="249"/>
        <source>Records were added under {record} since; nothing was changed</source>
        <translation>С тех пор к записи {record} добавлены другие записи; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="259"/>
        <source>answer to {question}</source>
        <translation>ответ на вопрос {question}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="264"/>
        <source>new {kind} {name}</source>
        <translation>новая запись: {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="265"/>
        <source>deletion of {kind} {name}</source>
        <translation>удаление: {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="267"/>
        <source>changes to {kind} {name}</source>
        <translation>правка: {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/undo.py" line="271"/>
        <source>{what} and {count} more record(s)</source>
        <translation>{what} и ещё записей: {count}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../recp_audit/units.py" line="39"/>
        <source>&quot;{text}&quot; — is it {first} or {second}? Type it with the % sign</source>
        <translation>«{text}» — это {first} или {second}? Введите число со знаком %</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="90"/>
        <source>&quot;{unit}&quot;: Belarusian (BYN) or Russian (RUB) roubles? Write BYN or RUB</source>
        <translation>«{unit}»: белорусские (BYN) или российские (RUB) рубли? Напишите BYN или RUB</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="98"/>
        <source>&quot;{unit}&quot; is not a unit this program knows (for example t, m3, kWh, pcs)</source>
        <translation>«{unit}» — неизвестная программе единица измерения (например, т, м3, кВт·ч, шт)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="110"/>
        <source>pressure</source>
        <translation>давление</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="110"/>
        <source>mass</source>
        <translation>масса</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="111"/>
        <source>length</source>
        <translation>длина</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="111"/>
        <source>area</source>
        <translation>площадь</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="112"/>
        <source>volume</source>
        <translation>объём</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="112"/>
        <source>energy</source>
        <translation>энергия</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="113"/>
        <source>power</source>
        <translation>мощность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="113"/>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="114"/>
        <source>temperature</source>
        <translation>температура</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="115"/>
        <source>volume flow</source>
        <translation>объёмный расход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="116"/>
        <source>mass flow</source>
        <translation>массовый расход</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="116"/>
        <source>speed</source>
        <translation>скорость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="117"/>
        <source>illuminance</source>
        <translation>освещённость</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="117"/>
        <source>voltage</source>
        <translation>напряжение</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="118"/>
        <source>current</source>
        <translation>сила тока</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="118"/>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="119"/>
        <source>a ratio</source>
        <translation>доля</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="200"/>
        <source>&quot;{text}&quot; is not a number (type for example 6,5 or 6.5 {unit})</source>
        <translation>«{text}» — не число (введите, например, 6,5 или 6.5 {unit})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/units.py" line="181"/>
        <source>&quot;{text}&quot;: {given} cannot be converted to {unit} (it measures {given_kind}, not {unit_kind})</source>
        <translation>«{text}»: {given} нельзя перевести в {unit} (это {given_kind}, а не {unit_kind})</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../../recp_audit/gui/dialogs/user_name.py" line="20"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/user_name.py" line="21"/>
        <source>Your name is written beside every change you make, so that whoever merges the experts&apos; files knows who did what. You can change it later in File &gt; Settings.</source>
        <translation>Ваше имя записывается рядом с каждым вашим изменением, чтобы тот, кто объединяет файлы экспертов, знал, кто что сделал. Изменить имя можно позже: Файл &gt; Настройки.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/user_name.py" line="28"/>
        <source>for example: A. Ivanova, RECP centre</source>
        <translation>например: А. Иванова, центр РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/dialogs/user_name.py" line="30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="52"/>
        <location filename="../../recp_audit/model/validation.py" line="581"/>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="70"/>
        <source>invalid character ({code})</source>
        <translation>недопустимый символ ({code})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="73"/>
        <source>at most {maximum} characters (typed {length})</source>
        <translation>не длиннее {maximum} знаков (введено {length})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="115"/>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>«{value}» не является числом</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="128"/>
        <source>must be between {low} and {high}</source>
        <translation>должно быть от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="132"/>
        <source>&quot;{value}&quot; is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="149"/>
        <location filename="../../recp_audit/model/validation.py" line="161"/>
        <source>&quot;{value}&quot; is not one of: {allowed}</source>
        <translation>«{value}» не входит в список: {allowed}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="175"/>
        <source>&quot;{value}&quot; is not a NACE Rev. 2.1 code (for example 10.51)</source>
        <translation>«{value}» — не код NACE Rev. 2.1 (пример: 10.51)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="188"/>
        <source>at most {count} activities besides the main one</source>
        <translation>не более {count} видов деятельности помимо основного</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="199"/>
        <source>&quot;{value}&quot; is not an OKED/OKVED code (digits, for example 10510)</source>
        <translation>«{value}» — не код ОКЭД/ОКВЭД (цифры, например 10510)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="214"/>
        <source>&quot;{value}&quot; is not a national waste code (seven digits, for example 9120400)</source>
        <translation>«{value}» — не код отхода по национальному классификатору (семь цифр, например 9120400)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="242"/>
        <source>&quot;{value}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="253"/>
        <source>&quot;{value}&quot; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>«{value}» не является датой и временем (ГГГГ-ММ-ДД ЧЧ:ММ)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="263"/>
        <source>&quot;{value}&quot; is not a known quantity</source>
        <translation>«{value}» не является известной величиной</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="275"/>
        <source>&quot;{value}&quot; is not a record id</source>
        <translation>«{value}» — не идентификатор записи</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="291"/>
        <source>&quot;{value}&quot; is not a month (write 2026-03 or 03.2026)</source>
        <translation>«{value}» не является месяцем (пишите 2026-03 или 03.2026)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="302"/>
        <source>&quot;{value}&quot; is not a waste code (six digits such as 02 05 01)</source>
        <translation>«{value}» не является кодом отхода (шесть цифр, например 02 05 01)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="317"/>
        <source>&quot;{value}&quot; is not yes or no</source>
        <translation>«{value}» — не «да» и не «нет»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="338"/>
        <location filename="../../recp_audit/model/validation.py" line="342"/>
        <source>&quot;{value}&quot; is not a list of months (e.g. 1-12, 4,5,6 or апр-окт)</source>
        <translation>«{value}» — не список месяцев (например, 1-12, 4,5,6 или апр-окт)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="371"/>
        <source>{kind}: &quot;{text}&quot; is not an amount with its unit (e.g. 12 t)</source>
        <translation>{kind}: «{text}» не является количеством с единицей (например, 12 т)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="376"/>
        <source>{kind}: {unit} does not fit (use {allowed})</source>
        <translation>{kind}: {unit} не подходит (используйте: {allowed})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="394"/>
        <source>&quot;{text}&quot; is not an amount with its unit (e.g. 540 MWh)</source>
        <translation>«{text}» — не количество с единицей измерения (например, 540 МВт·ч)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="567"/>
        <source>unknown field &quot;{field}&quot;</source>
        <translation>неизвестное поле «{field}»</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="610"/>
        <source>the baseline period ends before it starts</source>
        <translation>базовый период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="614"/>
        <source>give the unit of the annual output (for example t or pcs)</source>
        <translation>укажите единицу годового выпуска (например, т или шт)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="625"/>
        <source>give both latitude and longitude, or neither</source>
        <translation>укажите и широту, и долготу или не указывайте ни то, ни другое</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="632"/>
        <source>the calibration is due before the date it was calibrated</source>
        <translation>срок следующей поверки раньше даты поверки</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="635"/>
        <source>give the unit of the absolute accuracy (for example °C or kW)</source>
        <translation>укажите единицу абсолютной погрешности (например, °C или кВт)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="672"/>
        <source>give the currency of the cost</source>
        <translation>укажите валюту стоимости</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="678"/>
        <source>give the unit of the quantity (for example kWh, m3 or t)</source>
        <translation>укажите единицу количества (например, кВт·ч, м3 или т)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/model/validation.py" line="688"/>
        <source>{unit} does not fit {kind} (use {allowed})</source>
        <translation>{unit} не подходит для «{kind}» (используйте: {allowed})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/messages.py" line="63"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../recp_audit/merge/merge.py" line="159"/>
        <source>a version of an unknown record ({entity} {id})</source>
        <translation>версия неизвестной записи ({entity} {id})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/merge.py" line="165"/>
        <source>it is not in the form this program writes</source>
        <translation>она записана не так, как её записывает эта программа</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/merge.py" line="198"/>
        <source>its fields are not readable (damaged JSON)</source>
        <translation>её поля не читаются (повреждённый JSON)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="253"/>
        <location filename="../../recp_audit/merge/merge.py" line="201"/>
        <source>its parents, resolved fields or author are malformed</source>
        <translation>её родители, решённые поля или автор записаны неверно</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="241"/>
        <location filename="../../recp_audit/merge/verify.py" line="247"/>
        <source>its clock or origin is malformed</source>
        <translation>её метка времени или источник записаны неверно</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="76"/>
        <source>its photo or series bytes are missing or damaged</source>
        <translation>её фотография или данные ряда отсутствуют или повреждены</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/merge.py" line="332"/>
        <source>its row was changed without a version; the logged version was taken</source>
        <translation>её строка изменена без версии; взята версия из журнала</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="71"/>
        <source>it belongs to a record this file does not have</source>
        <translation>она относится к записи, которой нет в этом файле</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="225"/>
        <source>its fields are not a record</source>
        <translation>её поля — не запись</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="228"/>
        <source>it has an unknown field {field}</source>
        <translation>у неё неизвестное поле {field}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="232"/>
        <source>its field {field} is empty</source>
        <translation>её поле {field} пустое</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="234"/>
        <source>its field {field} holds a value of the wrong kind: {value}</source>
        <translation>в её поле {field} значение не того вида: {value}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="244"/>
        <source>it is stamped in the future ({date})</source>
        <translation>она помечена будущей датой ({date})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="256"/>
        <source>its fields are not readable</source>
        <translation>её поля не читаются</translation>
    </message>
    <message>
        <location filename="../../recp_audit/merge/verify.py" line="261"/>
        <source>its content does not match its revision hash (altered)</source>
        <translation>её содержимое не совпадает с хешем версии (изменено)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../recp_audit/gui/pages/welcome.py" line="18"/>
        <source>RECP audit</source>
        <translation>Аудит РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/welcome.py" line="32"/>
        <source>Press F1 on any page for a short guide to it: what it is for and how to fill it.</source>
        <translation>Нажмите F1 на любой странице, чтобы открыть краткую справку: для чего она и как её заполнять.</translation>
    </message>
</context>
<context>
    <name>WhyNotDialog</name>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="378"/>
        <source>Why not a candidate?</source>
        <translation>Почему не кандидат?</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="385"/>
        <source>Offered stream</source>
        <translation>Предлагаемый поток</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="386"/>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../recp_audit/gui/pages/symbiosis.py" line="398"/>
        <source>The park has no offered stream or no need yet.</source>
        <translation>В парке пока нет предлагаемых потоков или потребностей.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../recp_audit/store/copy.py" line="59"/>
        <location filename="../../recp_audit/store/db.py" line="262"/>
        <source>{path}: the folder does not exist</source>
        <translation>{path}: папка не существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/copy.py" line="90"/>
        <source>{path}: could not be written ({reason}); nothing was changed</source>
        <translation>{path}: не удалось записать файл ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="149"/>
        <source>{file} is busy: {user} on {host} has it open (since {time}); nothing was saved, try again in a moment</source>
        <translation>Файл {file} занят: он открыт у пользователя {user} на компьютере {host} (с {time}); ничего не сохранено, повторите чуть позже</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="154"/>
        <source>{file} is busy: another program is writing to it; nothing was saved, try again in a moment</source>
        <translation>Файл {file} занят: в него записывает другая программа; ничего не сохранено, повторите чуть позже</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="166"/>
        <source>{path}: the file is damaged and cannot be opened ({reason})</source>
        <translation>{path}: файл повреждён и не может быть открыт ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="211"/>
        <source>{path} is open read-only; changes cannot be saved</source>
        <translation>{path} открыт только для чтения; изменения нельзя сохранить</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="232"/>
        <source>{path}: choose a different file than the open one</source>
        <translation>{path}: выберите другой файл, не тот, что сейчас открыт</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="348"/>
        <source>{path}: a change was cut off when a program stopped, and the file cannot be repaired where it is; copy it with its -journal file to a folder you can write to and open it there</source>
        <translation>{path}: изменение было прервано остановкой программы, а исправить файл на месте нельзя; скопируйте его вместе с файлом -journal в папку, доступную для записи, и откройте там</translation>
    </message>
    <message>
        <location filename="../../recp_audit/services/demo.py" line="103"/>
        <location filename="../../recp_audit/store/db.py" line="259"/>
        <source>{path}: a file with this name already exists</source>
        <translation>{path}: файл с таким именем уже существует</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="272"/>
        <source>{path}: could not be created ({reason})</source>
        <translation>{path}: не удалось создать файл ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="306"/>
        <source>{path}: written by a newer version of recp_audit (schema {found}, this program knows {known}); update the program to open it. The file was not changed.</source>
        <translation>{path}: файл записан более новой версией recp_audit (схема {found}, эта программа знает схему {known}); обновите программу, чтобы открыть его. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/db.py" line="328"/>
        <source>{path}: made by an older version and read-only, so it cannot be upgraded; copy it to a folder you can write to</source>
        <translation>{path}: файл создан старой версией и доступен только для чтения, поэтому его нельзя обновить; скопируйте его в папку, доступную для записи</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="43"/>
        <source>{path}: no such file</source>
        <translation>{path}: файл не найден</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="45"/>
        <source>{path}: is a folder, not a workspace file</source>
        <translation>{path}: это папка, а не файл рабочего пространства</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="51"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: не удаётся прочитать файл ({reason})</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="55"/>
        <source>{path}: the file is empty</source>
        <translation>{path}: файл пуст</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="57"/>
        <source>{path}: not a recp_audit workspace (not an SQLite database)</source>
        <translation>{path}: это не рабочее пространство recp_audit (не база данных SQLite)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="111"/>
        <source>{path}: an SQLite database of another program, not a recp_audit workspace</source>
        <translation>{path}: база данных SQLite другой программы, а не рабочее пространство recp_audit</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/probe.py" line="121"/>
        <source>{path}: the file is truncated (incomplete copy or damaged disk)</source>
        <translation>{path}: файл обрезан (неполная копия или повреждённый диск)</translation>
    </message>
    <message>
        <location filename="../../recp_audit/paths.py" line="42"/>
        <source>the data folder {path} cannot be used: {reason}</source>
        <translation>папку данных {path} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_audit/store/owner.py" line="57"/>
        <source>{file} is already open: {user} on {host} since {time}</source>
        <translation>Файл {file} уже открыт: {user} на компьютере {host} с {time}</translation>
    </message>
</context>
</TS>
