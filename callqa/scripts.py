"""Load and validate the sales-script library (scripts_library/*.yaml).

Scripts are written by script authors, not programmers, so every problem is
reported at once, each as ``file:line: field: what is wrong; what is allowed``.
Lines come from the YAML node tree (composed before it is turned into Python
objects), so a field path such as ``stages.2.phrases`` points at the line the
author has to fix. The format is spec/script-format.md.
"""

from __future__ import annotations

import difflib
import logging
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, ValidationError, field_validator

from callqa.errors import ScriptError
from callqa.records import ForbiddenRule, OfferPolicy, Script, Stage

log = logging.getLogger("callqa")

DEFAULT_SUCCESS = ("sale", "meeting", "callback")
# filled per call from the recording's metadata, so a script may use them without defining them
CALL_VARIABLES = ("operator", "client")

_ID = r"^[a-z0-9_-]+$"
_VAR_RE = re.compile(r"\{([^{}]*)\}")


class ScriptProblem(BaseModel):
    """One validation problem, located in the file."""

    model_config = ConfigDict(frozen=True)
    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ScriptValidationError(ScriptError):
    """One or more scripts fail validation; `problems` lists each with its file and line."""

    def __init__(self, problems: list[ScriptProblem]):
        self.problems = list(problems)
        files = sorted({p.path for p in problems})
        head = f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {', '.join(files)}"
        super().__init__(head + ":\n  " + "\n  ".join(str(p) for p in problems))


# --------------------------------------------------------------------------- schema
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _StageIn(_Strict):
    id: str = Field(pattern=_ID)
    title: str | None = None
    required: StrictBool = True
    threshold: float | None = Field(default=None, ge=0, le=100)
    progress: StrictBool = True
    speaker: Literal["operator", "client"] = "operator"
    phrases: list[str] = Field(min_length=1)

    @field_validator("phrases")
    @classmethod
    def _non_empty(cls, v: list[str]) -> list[str]:
        for i, p in enumerate(v):
            if not p or not str(p).strip():
                raise ValueError(f"phrase {i + 1} is empty; write what the operator says here")
        return v


class _ForbiddenIn(_Strict):
    id: str = Field(pattern=_ID)
    title: str | None = None
    phrases: list[str] = Field(min_length=1)

    _non_empty = field_validator("phrases")(_StageIn._non_empty.__func__)  # type: ignore[attr-defined]


class _OffersIn(_Strict):
    max_discount_percent: float | None = Field(default=None, ge=0, le=100)


class _ScriptIn(_Strict):
    id: str = Field(pattern=_ID)
    version: StrictInt = Field(ge=1)
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    title: str | None = None
    variables: dict[str, str | int | float] = {}
    success_outcomes: list[str] = list(DEFAULT_SUCCESS)
    stages: list[_StageIn] = Field(min_length=1)
    outcomes: dict[str, list[str]] = {}
    objections: dict[str, list[str]] = {}
    forbidden: list[_ForbiddenIn] = []
    offers: _OffersIn = _OffersIn()


_ALLOWED_KEYS: dict[str, list[str]] = {
    "": list(_ScriptIn.model_fields),
    "stages": list(_StageIn.model_fields),
    "forbidden": list(_ForbiddenIn.model_fields),
    "offers": list(_OffersIn.model_fields),
}


# --------------------------------------------------------------------------- line map
def _line_map(node: yaml.Node, problems: list[ScriptProblem], path: str) -> dict[tuple, int]:
    """Map every field path (('stages', 2, 'phrases')) to its 1-based line; note duplicate keys."""
    lines: dict[tuple, int] = {}

    def walk(n: yaml.Node, at: tuple) -> None:
        lines.setdefault(at, n.start_mark.line + 1)
        if isinstance(n, yaml.MappingNode):
            seen: dict[Any, int] = {}
            for k, v in n.value:
                key = k.value
                line = k.start_mark.line + 1
                if key in seen:
                    # yaml keeps the last silently; an author editing the first would see no effect
                    problems.append(ScriptProblem(path=path, line=line, field=_dotted(at + (key,)),
                                                  message=f"duplicate key (first at line {seen[key]}); keep one"))
                seen[key] = line
                lines[at + (key,)] = line
                walk(v, at + (key,))
                lines[at + (key,)] = line
        elif isinstance(n, yaml.SequenceNode):
            for i, item in enumerate(n.value):
                walk(item, at + (i,))

    walk(node, ())
    return lines


def _line_for(lines: dict[tuple, int], loc: tuple) -> int | None:
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in lines:
            return lines[loc[:cut]]
    return None


def _dotted(loc: tuple) -> str:
    return ".".join(str(p) for p in loc)


# --------------------------------------------------------------------------- messages
def _describe(err: dict[str, Any], loc: tuple) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = next((str(p) for p in reversed(loc[:-1]) if isinstance(p, str)), "")
        allowed = _ALLOWED_KEYS.get(parent if parent in _ALLOWED_KEYS else "", _ALLOWED_KEYS[""])
        close = difflib.get_close_matches(key, allowed, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return f"unknown key '{key}'{hint}; allowed: {', '.join(allowed)}"
    if kind == "missing":
        return "required field is missing"
    if kind == "string_pattern_mismatch":
        if loc[-1] == "language":
            return f"'{err.get('input')}' is not a language code; use a Whisper code such as ru or en"
        return f"'{err.get('input')}' is not a valid id; use lowercase letters, digits, '_' and '-'"
    if kind in ("too_short",) and loc and loc[-1] in ("phrases", "stages"):
        what = "phrase" if loc[-1] == "phrases" else "stage"
        return f"empty list; give at least one {what}"
    if kind in ("greater_than_equal", "less_than_equal") and loc and loc[-1] in ("threshold", "max_discount_percent"):
        return f"{err.get('input')} is out of range; allowed 0..100"
    if kind == "greater_than_equal" and loc and loc[-1] == "version":
        return f"{err.get('input')} is not allowed; the version is a positive integer"
    if kind.startswith("bool"):
        return f"'{err.get('input')}' is not allowed; use true or false"
    if kind.startswith("int"):
        return f"'{err.get('input')}' is not allowed; use a whole number"
    if kind == "literal_error":
        return f"'{err.get('input')}' is not allowed; {err['msg'].lower()}"
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    return f"{msg} (got {err.get('input')!r})" if kind not in ("value_error",) else msg


def _clean_loc(loc: tuple) -> tuple:
    # pydantic adds the union member to the path ("variables.company.str"); authors never see those
    return tuple(p for p in loc if p not in ("str", "int", "float"))


# --------------------------------------------------------------------------- loading
def parse_script(path: str | Path, text: str | None = None) -> tuple[Script | None, list[ScriptProblem]]:
    """Parse and validate one script file; returns (script or None, every problem found)."""
    spath = str(path)
    problems: list[ScriptProblem] = []
    try:
        if text is None:
            text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [ScriptProblem(path=spath, line=None, field="", message="file not found")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [ScriptProblem(path=spath, line=None, field="", message=f"cannot read the file ({exc}); save it as UTF-8 YAML")]
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return None, [ScriptProblem(path=spath, line=line, field="", message=f"not valid YAML: {exc.problem}")]
    except yaml.YAMLError as exc:
        return None, [ScriptProblem(path=spath, line=None, field="", message=f"not valid YAML: {exc}")]
    if node is None or not isinstance(data, dict):
        return None, [ScriptProblem(path=spath, line=1, field="", message="a script is a YAML mapping with id, version, language and stages; see spec/script-format.md")]
    lines = _line_map(node, problems, spath)

    try:
        parsed = _ScriptIn.model_validate(data)
    except ValidationError as exc:
        parsed = None
        for err in exc.errors():
            loc = _clean_loc(tuple(err["loc"]))
            problems.append(ScriptProblem(path=spath, line=_line_for(lines, loc), field=_dotted(loc),
                                          message=_describe(err, loc)))
    # checks across fields run on the raw data too, so a typo elsewhere does not hide them
    problems += _cross_checks(data, lines, spath)
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.field))
        return None, _dedupe(problems)
    assert parsed is not None
    return _to_record(parsed, spath), []


def _dedupe(problems: list[ScriptProblem]) -> list[ScriptProblem]:
    seen, out = set(), []
    for p in problems:
        if (p.line, p.field, p.message) not in seen:
            seen.add((p.line, p.field, p.message))
            out.append(p)
    return out


def _cross_checks(data: dict, lines: dict[tuple, int], spath: str) -> list[ScriptProblem]:
    out: list[ScriptProblem] = []

    def add(loc: tuple, message: str) -> None:
        out.append(ScriptProblem(path=spath, line=_line_for(lines, loc), field=_dotted(loc), message=message))

    stages = data.get("stages") if isinstance(data.get("stages"), list) else []
    seen: dict[str, int] = {}
    for i, st in enumerate(stages):
        if isinstance(st, dict) and isinstance(st.get("id"), str):
            sid = st["id"]
            if sid in seen:
                add(("stages", i, "id"), f"duplicate stage id '{sid}' (also stage {seen[sid] + 1}); stage ids must be unique")
            else:
                seen[sid] = i
    forb = data.get("forbidden") if isinstance(data.get("forbidden"), list) else []
    fseen: set[str] = set()
    for i, rule in enumerate(forb):
        if isinstance(rule, dict) and isinstance(rule.get("id"), str):
            if rule["id"] in fseen:
                add(("forbidden", i, "id"), f"duplicate forbidden rule id '{rule['id']}'; ids must be unique")
            fseen.add(rule["id"])

    variables = data.get("variables") if isinstance(data.get("variables"), dict) else {}
    known_vars = set(map(str, variables)) | set(CALL_VARIABLES)

    def check_phrases(loc: tuple, phrases: Any) -> None:
        if not isinstance(phrases, list):
            return
        for j, p in enumerate(phrases):
            if not isinstance(p, str):
                continue
            for name in _VAR_RE.findall(p):
                if name not in known_vars:
                    add(loc + (j,), f"undefined variable '{{{name}}}'; define it under 'variables' "
                                    f"(defined: {', '.join(sorted(known_vars))})")

    for i, st in enumerate(stages):
        if isinstance(st, dict):
            check_phrases(("stages", i, "phrases"), st.get("phrases"))
    for i, rule in enumerate(forb):
        if isinstance(rule, dict):
            check_phrases(("forbidden", i, "phrases"), rule.get("phrases"))
    for section in ("outcomes", "objections"):
        sec = data.get(section)
        if isinstance(sec, dict):
            for name, phrases in sec.items():
                check_phrases((section, name), phrases)
                if isinstance(phrases, list) and any(isinstance(p, str) and not p.strip() for p in phrases):
                    add((section, name), "empty phrase; remove it or write the words")
                if isinstance(phrases, list) and not phrases:
                    add((section, name), "empty list; give at least one phrase")

    outcomes = data.get("outcomes") if isinstance(data.get("outcomes"), dict) else {}
    success = data.get("success_outcomes")
    if isinstance(success, list) and outcomes:
        for j, name in enumerate(success):
            if name not in outcomes:
                add(("success_outcomes", j), f"unknown outcome '{name}'; defined outcomes: {', '.join(map(str, outcomes))}")
    elif isinstance(success, list) and not outcomes and "outcomes" in data:
        add(("outcomes",), "no outcomes defined, but success_outcomes names some")
    return out


def _to_record(s: _ScriptIn, spath: str) -> Script:
    variables = tuple((k, str(v)) for k, v in s.variables.items())
    return Script(
        id=s.id,
        version=s.version,
        language=s.language,
        title=s.title or s.id,
        stages=tuple(
            Stage(id=st.id, title=st.title or st.id, phrases=tuple(p.strip() for p in st.phrases),
                  required=st.required, threshold=st.threshold, progress=st.progress, speaker=st.speaker)
            for st in s.stages
        ),
        variables=variables,
        success_outcomes=tuple(s.success_outcomes),
        outcomes=tuple((k, tuple(p.strip() for p in v)) for k, v in s.outcomes.items()),
        objections=tuple((k, tuple(p.strip() for p in v)) for k, v in s.objections.items()),
        forbidden=tuple(ForbiddenRule(id=f.id, title=f.title or f.id, phrases=tuple(p.strip() for p in f.phrases))
                        for f in s.forbidden),
        offers=OfferPolicy(max_discount_percent=s.offers.max_discount_percent),
        path=spath,
    )


def load_script(path: str | Path) -> Script:
    """Load one script file; raises ScriptValidationError with every problem."""
    script, problems = parse_script(path)
    if problems:
        raise ScriptValidationError(problems)
    assert script is not None
    return script


def script_files(paths: list[Path]) -> list[Path]:
    """The YAML files named, with folders expanded to their *.yaml / *.yml files."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")))
        else:
            out.append(p)
    return out


def validate_paths(paths: list[Path]) -> tuple[list[Script], list[ScriptProblem]]:
    """Validate files and folders; the library-wide rule (unique ids) is checked too."""
    scripts: list[Script] = []
    problems: list[ScriptProblem] = []
    files = script_files(paths)
    for f in files:
        s, probs = parse_script(f)
        problems += probs
        if s is not None:
            scripts.append(s)
    problems += _duplicate_ids(scripts)
    return scripts, problems


def _duplicate_ids(scripts: list[Script]) -> list[ScriptProblem]:
    out, seen = [], {}
    for s in scripts:
        if s.id in seen:
            out.append(ScriptProblem(path=s.path or "?", line=1, field="id",
                                     message=f"script id '{s.id}' is also used by {seen[s.id]}; ids must be unique in the library"))
        else:
            seen[s.id] = s.path
    return out


def load_library(directory: str | Path) -> dict[str, Script]:
    """Every script in the folder by id; raises ScriptValidationError listing every problem."""
    d = Path(directory)
    if not d.is_dir():
        raise ScriptError(f"script library folder not found; pass --scripts-dir or create {d}/ with *.yaml scripts",
                          path=str(d))
    scripts, problems = validate_paths([d])
    if problems:
        raise ScriptValidationError(problems)
    return {s.id: s for s in scripts}


def resolve_script(path_or_id: str | Path, library_dir: str | Path = "scripts_library") -> Script:
    """A script named by file path or by id in the library.

    A broken script elsewhere in the library does not stop one that is fine
    from being used; it is logged as a warning.
    """
    p = Path(path_or_id)
    if p.suffix in (".yaml", ".yml") or p.is_file():
        return load_script(p)
    sid = str(path_or_id)
    d = Path(library_dir)
    if not d.is_dir():
        raise ScriptError(f"unknown script '{sid}': library folder {d} not found; pass a script file or --scripts-dir")
    found: Script | None = None
    broken: list[ScriptProblem] = []
    for f in script_files([d]):
        s, probs = parse_script(f)
        if s is not None and s.id == sid:
            if found is not None:
                raise ScriptError(f"script id '{sid}' is defined twice: {found.path} and {s.path}; ids must be unique")
            found = s
        elif probs:
            if f.stem == sid:
                raise ScriptValidationError(probs)
            broken += probs
    if found is None:
        known = sorted(s_id for s_id in _ids_in(d))
        if broken:
            raise ScriptError(f"unknown script '{sid}'; valid scripts: {', '.join(known) or 'none'} "
                              f"({len(broken)} problems in other files; run `callqa scripts validate {d}`)")
        raise ScriptError(f"unknown script '{sid}'; scripts in {d}: {', '.join(known) or 'none'}")
    if broken:
        log.warning("%d problem(s) in other scripts of %s; run `callqa scripts validate`", len(broken), d)
    return found


def _ids_in(d: Path) -> list[str]:
    out = []
    for f in script_files([d]):
        s, _ = parse_script(f)
        if s is not None:
            out.append(s.id)
    return out


def fill_variables(phrase: str, script: Script, call_values: dict[str, str] | None = None) -> str:
    """The phrase with {variables} replaced; per-call ones (operator, client) default to nothing."""
    values = dict(script.variables)
    values.update({k: "" for k in CALL_VARIABLES})
    if call_values:
        values.update(call_values)
    return _VAR_RE.sub(lambda m: values.get(m.group(1), ""), phrase)
