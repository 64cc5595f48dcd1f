"""Fixed choices (roles, audit kinds, statuses) with their translatable labels.

Pure Python with no database or Qt imports, so the window can show labels before
the data layer has loaded.
"""

from __future__ import annotations

import enum

from recp_audit.messages import QT_TRANSLATE_NOOP


class PersonRole(enum.StrEnum):
    """What a person does in audits."""

    EXPERT = "expert"
    LEAD = "lead"
    CLUB_MEMBER = "club_member"
    ENTERPRISE_STAFF = "enterprise_staff"


PERSON_ROLE_LABELS = {
    PersonRole.EXPERT: QT_TRANSLATE_NOOP("Enum", "National RECP expert"),
    PersonRole.LEAD: QT_TRANSLATE_NOOP("Enum", "Audit lead"),
    PersonRole.CLUB_MEMBER: QT_TRANSLATE_NOOP("Enum", "RECP club member"),
    PersonRole.ENTERPRISE_STAFF: QT_TRANSLATE_NOOP("Enum", "Enterprise staff"),
}


class AuditKind(enum.StrEnum):
    """Full expert RECP assessment or a club member's self-diagnosis."""

    EXPERT = "expert"
    SELF_DIAGNOSIS = "self_diagnosis"


class AuditStatus(enum.StrEnum):
    """Where the audit stands."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    REPORTING = "reporting"
    COMPLETED = "completed"


class TeamRole(enum.StrEnum):
    """A team member's share of the audit."""

    LEAD = "lead"
    ENERGY = "energy"
    WATER = "water"
    MATERIALS = "materials"
    WASTE = "waste"
    MEMBER = "member"


AUDIT_KIND_LABELS = {
    AuditKind.EXPERT: QT_TRANSLATE_NOOP("Enum", "Expert assessment"),
    AuditKind.SELF_DIAGNOSIS: QT_TRANSLATE_NOOP("Enum", "Self-diagnosis"),
}
AUDIT_STATUS_LABELS = {
    AuditStatus.PLANNED: QT_TRANSLATE_NOOP("Enum", "Planned"),
    AuditStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Enum", "In progress"),
    AuditStatus.REPORTING: QT_TRANSLATE_NOOP("Enum", "Reporting"),
    AuditStatus.COMPLETED: QT_TRANSLATE_NOOP("Enum", "Completed"),
}
TEAM_ROLE_LABELS = {
    TeamRole.LEAD: QT_TRANSLATE_NOOP("Enum", "Team lead"),
    TeamRole.ENERGY: QT_TRANSLATE_NOOP("Enum", "Energy"),
    TeamRole.WATER: QT_TRANSLATE_NOOP("Enum", "Water"),
    TeamRole.MATERIALS: QT_TRANSLATE_NOOP("Enum", "Materials"),
    TeamRole.WASTE: QT_TRANSLATE_NOOP("Enum", "Waste and emissions"),
    TeamRole.MEMBER: QT_TRANSLATE_NOOP("Enum", "Team member"),
}
REPORT_LANGUAGES = ("ru", "en")
CURRENCIES = ("BYN", "RUB", "EUR", "USD", "UAH", "KZT")


class CPCategory(enum.StrEnum):
    """The eight cleaner-production techniques (UNEP/UNIDO) an option belongs to."""

    GOOD_HOUSEKEEPING = "good_housekeeping"
    INPUT_CHANGE = "input_change"
    PROCESS_CONTROL = "process_control"
    EQUIPMENT_MODIFICATION = "equipment_modification"
    TECHNOLOGY_CHANGE = "technology_change"
    ONSITE_RECOVERY = "onsite_recovery"
    BYPRODUCT = "byproduct"
    PRODUCT_MODIFICATION = "product_modification"


CP_CATEGORY_LABELS = {
    CPCategory.GOOD_HOUSEKEEPING: QT_TRANSLATE_NOOP("Enum", "Good housekeeping"),
    CPCategory.INPUT_CHANGE: QT_TRANSLATE_NOOP("Enum", "Input material change"),
    CPCategory.PROCESS_CONTROL: QT_TRANSLATE_NOOP("Enum", "Better process control"),
    CPCategory.EQUIPMENT_MODIFICATION: QT_TRANSLATE_NOOP("Enum", "Equipment modification"),
    CPCategory.TECHNOLOGY_CHANGE: QT_TRANSLATE_NOOP("Enum", "Technology change"),
    CPCategory.ONSITE_RECOVERY: QT_TRANSLATE_NOOP("Enum", "On-site recovery and reuse"),
    CPCategory.BYPRODUCT: QT_TRANSLATE_NOOP("Enum", "Production of a useful by-product"),
    CPCategory.PRODUCT_MODIFICATION: QT_TRANSLATE_NOOP("Enum", "Product modification"),
}


class OptionStatus(enum.StrEnum):
    """Where an improvement option stands."""

    IDENTIFIED = "identified"
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    IMPLEMENTED = "implemented"
    REJECTED = "rejected"


OPTION_STATUS_LABELS = {
    OptionStatus.IDENTIFIED: QT_TRANSLATE_NOOP("Enum", "Identified"),
    OptionStatus.PROPOSED: QT_TRANSLATE_NOOP("Enum", "Proposed"),
    OptionStatus.ACCEPTED: QT_TRANSLATE_NOOP("Enum", "Accepted"),
    OptionStatus.IMPLEMENTED: QT_TRANSLATE_NOOP("Enum", "Implemented"),
    OptionStatus.REJECTED: QT_TRANSLATE_NOOP("Enum", "Rejected"),
}


class ResourceArea(enum.StrEnum):
    """The resource area a checklist (and its findings) belongs to."""

    ENERGY = "energy"
    WATER = "water"
    MATERIALS = "materials"
    WASTE = "waste"
    EMISSIONS = "emissions"
    MANAGEMENT = "management"


RESOURCE_AREA_LABELS = {
    ResourceArea.ENERGY: QT_TRANSLATE_NOOP("Enum", "Energy"),
    ResourceArea.WATER: QT_TRANSLATE_NOOP("Enum", "Water"),
    ResourceArea.MATERIALS: QT_TRANSLATE_NOOP("Enum", "Materials"),
    ResourceArea.WASTE: QT_TRANSLATE_NOOP("Enum", "Waste"),
    ResourceArea.EMISSIONS: QT_TRANSLATE_NOOP("Enum", "Air emissions"),
    ResourceArea.MANAGEMENT: QT_TRANSLATE_NOOP("Enum", "Management"),
}

class InstrumentKind(enum.StrEnum):
    """Portable instruments experts bring to a factory."""

    POWER_ANALYSER = "power_analyser"
    POWER_LOGGER = "power_logger"
    FLUE_GAS_ANALYSER = "flue_gas_analyser"
    ULTRASONIC_FLOW_METER = "ultrasonic_flow_meter"
    THERMAL_CAMERA = "thermal_camera"
    CONTACT_THERMOMETER = "contact_thermometer"
    SURFACE_THERMOMETER = "surface_thermometer"
    LUX_METER = "lux_meter"
    LEAK_DETECTOR = "leak_detector"
    PRESSURE_GAUGE = "pressure_gauge"
    DATA_LOGGER = "data_logger"
    OTHER = "other"


INSTRUMENT_KIND_LABELS = {
    InstrumentKind.POWER_ANALYSER: QT_TRANSLATE_NOOP("Enum", "Power analyser"),
    InstrumentKind.POWER_LOGGER: QT_TRANSLATE_NOOP("Enum", "Power logger"),
    InstrumentKind.FLUE_GAS_ANALYSER: QT_TRANSLATE_NOOP("Enum", "Flue-gas analyser"),
    InstrumentKind.ULTRASONIC_FLOW_METER: QT_TRANSLATE_NOOP("Enum", "Ultrasonic flow meter"),
    InstrumentKind.THERMAL_CAMERA: QT_TRANSLATE_NOOP("Enum", "Thermal camera"),
    InstrumentKind.CONTACT_THERMOMETER: QT_TRANSLATE_NOOP("Enum", "Contact thermometer"),
    InstrumentKind.SURFACE_THERMOMETER: QT_TRANSLATE_NOOP("Enum", "Surface (infrared) thermometer"),
    InstrumentKind.LUX_METER: QT_TRANSLATE_NOOP("Enum", "Lux meter"),
    InstrumentKind.LEAK_DETECTOR: QT_TRANSLATE_NOOP("Enum", "Ultrasonic leak detector"),
    InstrumentKind.PRESSURE_GAUGE: QT_TRANSLATE_NOOP("Enum", "Pressure gauge"),
    InstrumentKind.DATA_LOGGER: QT_TRANSLATE_NOOP("Enum", "Data logger"),
    InstrumentKind.OTHER: QT_TRANSLATE_NOOP("Enum", "Other instrument"),
}


class ResourceKind(enum.StrEnum):
    """What a baseline line records: a resource used, a stream released, or production."""

    ELECTRICITY = "electricity"
    NATURAL_GAS = "natural_gas"
    HEAT = "heat"
    OTHER_FUEL = "other_fuel"
    WATER_INTAKE = "water_intake"
    WASTEWATER = "wastewater"
    RAW_MATERIAL = "raw_material"
    AUXILIARY_MATERIAL = "auxiliary_material"
    WASTE = "waste"
    AIR_EMISSION = "air_emission"
    PRODUCTION = "production"


RESOURCE_KIND_LABELS = {
    ResourceKind.ELECTRICITY: QT_TRANSLATE_NOOP("Enum", "Electricity"),
    ResourceKind.NATURAL_GAS: QT_TRANSLATE_NOOP("Enum", "Natural gas"),
    ResourceKind.HEAT: QT_TRANSLATE_NOOP("Enum", "Heat"),
    ResourceKind.OTHER_FUEL: QT_TRANSLATE_NOOP("Enum", "Other fuels"),
    ResourceKind.WATER_INTAKE: QT_TRANSLATE_NOOP("Enum", "Water intake"),
    ResourceKind.WASTEWATER: QT_TRANSLATE_NOOP("Enum", "Wastewater"),
    ResourceKind.RAW_MATERIAL: QT_TRANSLATE_NOOP("Enum", "Raw materials"),
    ResourceKind.AUXILIARY_MATERIAL: QT_TRANSLATE_NOOP("Enum", "Auxiliary materials"),
    ResourceKind.WASTE: QT_TRANSLATE_NOOP("Enum", "Waste"),
    ResourceKind.AIR_EMISSION: QT_TRANSLATE_NOOP("Enum", "Air emissions"),
    ResourceKind.PRODUCTION: QT_TRANSLATE_NOOP("Enum", "Production"),
}


class DataSource(enum.StrEnum):
    """Where a baseline number comes from."""

    METER = "meter"
    INVOICE = "invoice"
    ESTIMATE = "estimate"


DATA_SOURCE_LABELS = {
    DataSource.METER: QT_TRANSLATE_NOOP("Enum", "Meter"),
    DataSource.INVOICE: QT_TRANSLATE_NOOP("Enum", "Invoice"),
    DataSource.ESTIMATE: QT_TRANSLATE_NOOP("Enum", "Estimate"),
}


class StreamDirection(enum.StrEnum):
    """Whether an enterprise offers a stream or needs it."""

    OUTPUT = "output"
    INPUT = "input"


class StreamKind(enum.StrEnum):
    """What a stream is."""

    MATERIAL = "material"
    ENERGY = "energy"
    WATER = "water"
    GAS = "gas"
    SERVICE = "service"
    INFRASTRUCTURE = "infrastructure"


STREAM_DIRECTION_LABELS = {
    StreamDirection.OUTPUT: QT_TRANSLATE_NOOP("Enum", "Offered (output)"),
    StreamDirection.INPUT: QT_TRANSLATE_NOOP("Enum", "Needed (input)"),
}
STREAM_KIND_LABELS = {
    StreamKind.MATERIAL: QT_TRANSLATE_NOOP("Enum", "Material"),
    StreamKind.ENERGY: QT_TRANSLATE_NOOP("Enum", "Energy (heat, steam)"),
    StreamKind.WATER: QT_TRANSLATE_NOOP("Enum", "Water"),
    StreamKind.GAS: QT_TRANSLATE_NOOP("Enum", "Gas"),
    StreamKind.SERVICE: QT_TRANSLATE_NOOP("Enum", "Service"),
    StreamKind.INFRASTRUCTURE: QT_TRANSLATE_NOOP("Enum", "Shared infrastructure"),
}


class CandidateStatus(enum.StrEnum):
    """How far a symbiosis candidate has got."""

    NEW = "new"
    SHORTLISTED = "shortlisted"
    IN_TALKS = "in_talks"
    IMPLEMENTED = "implemented"
    REJECTED = "rejected"


CANDIDATE_STATUS_LABELS = {
    CandidateStatus.NEW: QT_TRANSLATE_NOOP("Enum", "New"),
    CandidateStatus.SHORTLISTED: QT_TRANSLATE_NOOP("Enum", "Shortlisted"),
    CandidateStatus.IN_TALKS: QT_TRANSLATE_NOOP("Enum", "In talks"),
    CandidateStatus.IMPLEMENTED: QT_TRANSLATE_NOOP("Enum", "Implemented"),
    CandidateStatus.REJECTED: QT_TRANSLATE_NOOP("Enum", "Rejected"),
}
