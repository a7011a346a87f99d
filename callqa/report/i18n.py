"""UI strings in English and Russian, and numbers written the way each language writes them."""

from __future__ import annotations

from datetime import datetime

LANGS = ("en", "ru")

# key: (en, ru)
_T: dict[str, tuple[str, str]] = {
    "dashboard": ("Dashboard", "Сводка"),
    "scripts": ("Scripts", "Скрипты"),
    "script": ("Script", "Скрипт"),
    "operators": ("Operators", "Операторы"),
    "operator": ("Operator", "Оператор"),
    "run_log": ("Run log", "Журнал запусков"),
    "call": ("Call", "Звонок"),
    "calls": ("Calls", "Звонки"),
    "last_run": ("Last run", "Последний запуск"),
    "no_runs": ("No batch run recorded yet.", "Запусков пока не было."),
    "no_calls": ("No analysed calls yet. Run `callqa run` on a recordings folder first.",
                 "Проанализированных звонков пока нет. Сначала запустите `callqa run` для папки с записями."),
    "no_calls_script": ("No calls were analysed against this script yet.",
                        "По этому скрипту звонков ещё не анализировали."),
    "files": ("Files seen", "Файлов найдено"),
    "files_new": ("New", "Новых"),
    "failed": ("Failed", "С ошибками"),
    "audio_hours": ("Audio, hours", "Аудио, часов"),
    "status": ("Status", "Статус"),
    "started": ("Started", "Начало"),
    "finished": ("Finished", "Окончание"),
    "error": ("Error", "Ошибка"),
    "failures": ("Failures", "Ошибки обработки"),
    "no_failures": ("No failed files.", "Файлов с ошибками нет."),
    "file": ("File", "Файл"),
    "stage": ("Stage", "Этап"),
    "kpis": ("KPIs by period", "Показатели по периодам"),
    "period": ("Period", "Период"),
    "meeting": ("Meetings", "Встречи"),
    "callback": ("Callbacks", "Перезвоны"),
    "sale": ("Sales", "Продажи"),
    "refusal": ("Refusals", "Отказы"),
    "conversion": ("Conversion", "Конверсия"),
    "crm_meeting": ("CRM meetings", "Встречи (CRM)"),
    "crm_invoice": ("Invoices", "Счета"),
    "crm_payment": ("Payments", "Оплаты"),
    "payment_amount": ("Paid", "Оплачено"),
    "forecast": ("Forecast for the next period", "Прогноз на следующий период"),
    "forecast_linear": ("linear trend over the last {n} periods, 95 % prediction interval",
                        "линейный тренд по последним {n} периодам, 95 % интервал прогноза"),
    "forecast_poisson": ("mean of {n} period(s), Poisson 95 % interval",
                         "среднее за {n} период(а), 95 % интервал Пуассона"),
    "by_segment": ("By client segment", "По сегментам клиентов"),
    "segment": ("Segment", "Сегмент"),
    "earlier_periods": ("{n} earlier periods: see stats.csv", "Ещё {n} более ранних периодов — в stats.csv"),
    "weak_stages": ("Weak stages", "Слабые этапы"),
    "no_weak": ("No stage stalls significantly more than the rest of the script.",
                "Ни один этап не обрывает звонки значимо чаще остальных."),
    "funnel": ("Stage funnel", "Воронка по этапам"),
    "reached": ("Reached", "Дошли"),
    "hit": ("Hit", "Выполнен"),
    "missed": ("Missed", "Пропущен"),
    "out_of_order": ("Out of order", "Не по порядку"),
    "not_reached": ("Not reached", "Не дошли"),
    "stalled": ("Stalled", "Оборвались"),
    "stall_rate": ("Stall rate (95 % CI)", "Доля обрывов (95 % ДИ)"),
    "rest_rate": ("Rest of script", "Остальные этапы"),
    "verdict": ("Verdict", "Вывод"),
    "v_weak": ("weak: stalls more than the rest of the script", "слабый: обрывов больше, чем на остальных этапах"),
    "v_fine": ("no evidence it is weaker", "нет признаков, что этап слабее"),
    "v_too_few": ("too few calls to tell (fewer than {n})", "слишком мало звонков для вывода (меньше {n})"),
    "v_not_applicable": ("not a progress stage", "этап не отражает продвижение"),
    "test_note": ("One-sided Fisher exact test of each stage's stall rate against the other stages together, "
                  "Benjamini–Hochberg corrected (q ≤ {alpha}); stages reached by fewer than {n} calls are not tested.",
                  "Односторонний точный тест Фишера: доля обрывов на этапе против остальных этапов вместе, "
                  "поправка Бенджамини–Хохберга (q ≤ {alpha}); этапы, до которых дошло меньше {n} звонков, не тестируются."),
    "objections_at": ("Client objections at this stage", "Возражения клиентов на этом этапе"),
    "excerpts": ("Excerpts from calls that stalled here", "Фрагменты звонков, оборвавшихся здесь"),
    "stalled_before": ("{n} unsuccessful calls hit no stage at all.", "{n} неуспешных звонков не дошли ни до одного этапа."),
    "adherence": ("Adherence", "Следование скрипту"),
    "successes": ("Successful", "Успешных"),
    "vs_team": ("Compared with the team", "В сравнении с командой"),
    "rate": ("Rate", "Доля"),
    "team_rate": ("Team", "Команда"),
    "worse": ("significantly worse", "значимо хуже"),
    "not_worse": ("not significantly different", "значимо не отличается"),
    "nothing_vs_team": ("Nothing missed or reordered.", "Пропусков и нарушений порядка нет."),
    "training": ("Training plan: work on these first", "План обучения: начать с этого"),
    "training_note": ("Ranked by estimated successful calls lost: calls above the team's rate × the team's drop in "
                      "success when the stage is missed or reordered.",
                      "По оценке потерянных успешных звонков: превышение над долей команды × падение успешности "
                      "у команды, когда этап пропущен или нарушен порядок."),
    "no_training": ("No stage costs this operator measurably.", "Этапов с заметными потерями нет."),
    "lost": ("est. successes lost", "оценка потерянных успехов"),
    "examples": ("Listen", "Послушать"),
    "flags": ("Compliance flags", "Нарушения"),
    "no_flags": ("No compliance flags.", "Нарушений нет."),
    "objections": ("Objections", "Возражения"),
    "outcomes": ("Outcomes", "Исходы"),
    "clients": ("Clients", "Клиенты"),
    "repeat_clients": ("Called more than once", "Звонили больше одного раза"),
    "days_between": ("Median days between contacts", "Медиана дней между контактами"),
    "not_called_back": ("Asked for a callback, not called back", "Просили перезвонить — не перезвонили"),
    "trend": ("Trend", "Динамика"),
    "recent_calls": ("Latest calls", "Последние звонки"),
    "one_call": ("Only one call so far: comparisons need more.", "Пока только один звонок: для сравнения нужно больше."),
    "flagged_calls": ("Calls to listen to (compliance flags)", "Звонки для прослушивания (нарушения)"),
    "metadata": ("Call details", "О звонке"),
    "started_at": ("Time", "Время"),
    "duration": ("Duration", "Длительность"),
    "outcome": ("Outcome", "Исход"),
    "crm_outcome": ("CRM outcome", "Исход по CRM"),
    "client": ("Client", "Клиент"),
    "timeline": ("Stage timeline", "Этапы по времени"),
    "transcript": ("Transcript", "Расшифровка"),
    "redacted_note": ("Personal data replaced by placeholders.", "Персональные данные заменены метками."),
    "no_audio": ("Audio is not included in reports (setting report_audio).",
                 "Аудио в отчёты не включается (настройка report_audio)."),
    "audio_missing": ("The recording file is not available here.", "Файл записи здесь недоступен."),
    "score": ("Score", "Оценка"),
    "time": ("Time", "Время"),
    "evidence": ("Evidence", "Фрагмент"),
    "speaker_operator": ("Operator", "Оператор"),
    "speaker_client": ("Client", "Клиент"),
    "speaker_unknown": ("Speaker", "Говорящий"),
    "page": ("Page", "Страница"),
    "generated": ("Generated", "Сформировано"),
    "audience_qa": ("QA bundle", "Комплект для контроля качества"),
    "audience_script-author": ("Script author bundle: aggregates and redacted excerpts only",
                               "Комплект для автора скрипта: только сводные данные и обезличенные фрагменты"),
    "audience_trainer": ("Trainer bundle: selected operators only", "Комплект для тренера: только выбранные операторы"),
    "none": ("none", "нет"),
    "yes": ("yes", "да"),
    "version": ("version", "версия"),
    "all_operators": ("All operators", "Все операторы"),
}


def t(lang: str, key: str, **kw) -> str:
    pair = _T.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "ru" else pair[0]
    return text.format(**kw) if kw else text


def fmt_num(x: float | int | None, lang: str, digits: int = 0) -> str:
    """1,234.5 in English, 1 234,5 in Russian; an em dash for no value (never NaN)."""
    if x is None or x != x:
        return "—"
    s = f"{x:,.{digits}f}"
    if lang == "ru":
        s = s.replace(",", "\u00a0").replace(".", ",")
    return s


def fmt_pct(x: float | None, lang: str, digits: int = 1) -> str:
    if x is None or x != x:
        return "—"
    return fmt_num(100 * x, lang, digits) + ("\u00a0%" if lang == "ru" else "%")


def fmt_p(x: float | None, lang: str) -> str:
    if x is None:
        return "—"
    if x < 0.0001:
        return "< " + fmt_num(0.0001, lang, 4)
    return fmt_num(x, lang, 4 if x < 0.01 else 3)


def fmt_clock(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    m, s = divmod(int(round(seconds)), 60)
    return f"{m}:{s:02d}"


def fmt_dt(d: datetime | None, lang: str) -> str:
    if d is None:
        return "—"
    return d.strftime("%d.%m.%Y %H:%M") if lang == "ru" else d.strftime("%Y-%m-%d %H:%M")
