#include "querybar.h"

#include "icons.h"
#include "queryhighlighter.h"

#include "models/api/board.h"
#include "models/api/boardstatus.h"
#include "models/api/company.h"
#include "models/api/fieldcatalog.h"
#include "models/api/member.h"
#include "models/api/priority.h"
#include "models/desk/desk.h"
#include "models/query/conditions.h"
#include "models/store/cache.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

constexpr int HistoryLimit = 50;
constexpr auto HistoryKey = "queryBar/history"_L1;

bool isFieldChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'/' || c == u'.';
}

bool isKeyword(QStringView word)
{
    for (const auto keyword : {"and"_L1, "or"_L1, "not"_L1})
        if (word.compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The position of the quote that opens the string `cursor` is in, or -1 when it is in none.
int openQuoteBefore(const QString &text, int cursor)
{
    int open = -1;
    for (int i = 0; i < cursor && i < text.size(); ++i) {
        if (text.at(i) == u'\\' && open >= 0) {
            ++i; // an escaped character inside a string
            continue;
        }
        if (text.at(i) == u'"')
            open = open >= 0 ? -1 : i;
    }
    return open;
}

// The word ending right before `end` after skipping spaces, and where it starts.
QString wordBefore(const QString &text, int end, int *wordStart)
{
    int i = end;
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    const int stop = i;
    while (i > 0 && isFieldChar(text.at(i - 1)))
        --i;
    *wordStart = i;
    return text.mid(i, stop - i);
}

QStringList sortedUnique(QStringList list)
{
    list.removeAll(QString());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

QStringList startingWith(const QStringList &list, const QString &prefix)
{
    QStringList result;
    for (const QString &entry : list) {
        if (entry.startsWith(prefix, Qt::CaseInsensitive))
            result.append(entry);
    }
    return result;
}

} // namespace

QueryBar::QueryBar(Desk *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_collection(u"/service/tickets"_s)
    , m_edit(new QLineEdit)
    , m_icon(new QLabel)
    , m_error(new QLabel)
    , m_server(new QToolButton)
    , m_text(new QLineEdit)
    , m_highlighter(new QueryHighlighter(m_edit))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    setObjectName(u"queryBar"_s);
    m_edit->setObjectName(u"queryEdit"_s);
    m_edit->setAccessibleName(tr("Conditions"));
    m_edit->setPlaceholderText(tr("Conditions, e.g. status/name = \"New\" and priority/name "
                                  "like \"High%\""));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("ConnectWise conditions. Up and Down recall earlier queries; Return "
                          "applies; completion offers fields and known names."));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::icon(Icons::Name::Query).pixmap(iconSize, iconSize));
    m_icon->setBuddy(m_edit);
    m_error->setObjectName(u"queryError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    m_server->setObjectName(u"searchServer"_s);
    m_server->setText(tr("Search the &server"));
    m_server->setAccessibleName(tr("Search the server"));
    m_server->setToolTip(tr("Send the conditions to the server (finds tickets not in the cache)"));
    m_server->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_text->setObjectName(u"quickSearch"_s);
    m_text->setAccessibleName(tr("Quick search"));
    m_text->setPlaceholderText(tr("Search text"));
    m_text->setClearButtonEnabled(true);
    // Wide enough for a few words, narrow beside the conditions.
    m_text->setMaximumWidth(30 * fontMetrics().averageCharWidth());

    m_completer->setWidget(m_edit);
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setAccessibleName(tr("Completions"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_icon);
    row->addWidget(m_edit, 3);
    row->addWidget(m_server);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    setTabOrder(m_edit, m_server);
    setTabOrder(m_server, m_text);

    // The line edits' clear buttons are Qt's own; screen readers still need to call them something.
    for (QLineEdit *edit : {m_edit, m_text}) {
        for (QToolButton *button : edit->findChildren<QToolButton *>())
            button->setAccessibleName(tr("Clear"));
    }

    m_history = QSettings().value(HistoryKey).toStringList();

    connect(m_edit, &QLineEdit::textChanged, this, &QueryBar::validate);
    connect(m_edit, &QLineEdit::textEdited, this, &QueryBar::updateCompletion);
    connect(m_edit, &QLineEdit::returnPressed, this, &QueryBar::submit);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &QueryBar::insertCompletion);
    connect(m_server, &QToolButton::clicked, this, [this] {
        if (isValid()) {
            remember(query());
            Q_EMIT serverSearchRequested(query());
        }
    });
    connect(m_text, &QLineEdit::textChanged, this, &QueryBar::fullTextChanged);
    m_edit->installEventFilter(this);
    validate();
}

QString QueryBar::query() const
{
    return m_edit->text().trimmed();
}

void QueryBar::setQuery(const QString &text)
{
    m_edit->setText(text);
}

void QueryBar::setCollection(const QString &path)
{
    m_collection = path;
    validate();
}

void QueryBar::focusQuery()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void QueryBar::validate()
{
    const QString text = m_edit->text();
    query::Error error;
    const query::Conditions conditions = query::Conditions::parse(text, &error);
    if (!error.isError()) {
        if (const auto resolver = FieldCatalog::resolverFor(m_collection))
            error = conditions.validate(resolver);
    }
    m_errorPosition = error.isError() ? qMax(0, error.position) : -1;
    m_errorText = error.message;
    m_highlighter->setErrorPosition(m_errorPosition);
    m_error->setText(m_errorText);
    m_error->setVisible(error.isError());
    m_edit->setAccessibleDescription(m_errorText);
    m_server->setEnabled(!error.isError() && !query().isEmpty());
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::icon(error.isError() ? Icons::Name::Warning : Icons::Name::Query)
                          .pixmap(iconSize, iconSize));
    m_icon->setToolTip(m_errorText);
    if (!error.isError() && query() != m_lastValid) {
        m_lastValid = query();
        Q_EMIT conditionsChanged(m_lastValid);
    }
}

void QueryBar::submit()
{
    if (m_completer->popup()->isVisible())
        return;
    if (!isValid()) {
        // Put the cursor where the problem is, so the keyboard user can fix it at once.
        m_edit->setCursorPosition(m_errorPosition);
        return;
    }
    remember(query());
    Q_EMIT querySubmitted(query());
}

void QueryBar::remember(const QString &text)
{
    m_historyIndex = -1;
    if (text.isEmpty())
        return;
    m_history.removeAll(text);
    m_history.append(text);
    while (m_history.size() > HistoryLimit)
        m_history.removeFirst();
    // Saved at once, not at quit: a crash must not lose it.
    QSettings().setValue(HistoryKey, m_history);
}

void QueryBar::stepHistory(int direction)
{
    if (m_history.isEmpty())
        return;
    if (m_historyIndex < 0) {
        if (direction > 0)
            return;
        m_draft = m_edit->text();
        m_historyIndex = int(m_history.size());
    }
    const int next = m_historyIndex + direction;
    if (next < 0)
        return;
    if (next >= m_history.size()) {
        m_historyIndex = -1;
        m_edit->setText(m_draft);
        return;
    }
    m_historyIndex = next;
    m_edit->setText(m_history.at(next));
}

bool QueryBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        !m_completer->popup()->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            stepHistory(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::ControlModifier) {
            // Ctrl+Space asks for completion even before a letter is typed.
            int start = 0;
            const QStringList list =
                completionsAt(m_edit->text(), m_edit->cursorPosition(), &start);
            if (!list.isEmpty()) {
                m_completionStart = start;
                m_completions->setStringList(list);
                m_completer->setCompletionPrefix(QString());
                m_completer->complete();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList QueryBar::completionsAt(const QString &text, int cursor, int *start) const
{
    cursor = qBound(0, cursor, int(text.size()));
    const int quote = openQuoteBefore(text, cursor);
    if (quote >= 0) {
        // A value: find the field it is compared with ("field = "…", "field like "…").
        int before = quote;
        while (before > 0 && text.at(before - 1).isSpace())
            --before;
        while (before > 0 && QStringView(u"=!<>").contains(text.at(before - 1)))
            --before;
        int wordStart = 0;
        QString field = wordBefore(text, before, &wordStart);
        if (field.compare("like"_L1, Qt::CaseInsensitive) == 0 ||
            field.compare("contains"_L1, Qt::CaseInsensitive) == 0)
            field = wordBefore(text, wordStart, &wordStart);
        if (start)
            *start = quote + 1;
        return startingWith(valuesFor(field), text.mid(quote + 1, cursor - quote - 1));
    }
    int wordStart = cursor;
    while (wordStart > 0 && isFieldChar(text.at(wordStart - 1)))
        --wordStart;
    if (start)
        *start = wordStart;
    // A field goes at the start, after "(" and after and/or/not.
    int i = wordStart;
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    bool fieldPlace = i == 0 || text.at(i - 1) == u'(';
    if (!fieldPlace) {
        int previousStart = 0;
        fieldPlace = isKeyword(wordBefore(text, i, &previousStart));
    }
    if (!fieldPlace)
        return {};
    QStringList fields;
    if (const FieldCatalog::Collection *collection = FieldCatalog::find(m_collection)) {
        for (const FieldCatalog::Field &field : collection->fields)
            fields.append(QString::fromLatin1(field.path));
    }
    return startingWith(sortedUnique(fields), text.mid(wordStart, cursor - wordStart));
}

QStringList QueryBar::valuesFor(const QString &field) const
{
    if (!m_desk || (m_desk->profile().site().isEmpty() && m_desk->options().cachePath.isEmpty()))
        return {};
    Cache *cache = m_desk->cache();
    if (!cache)
        return {};
    const QString key = field.toLower();
    QStringList values;
    if (key == "status/name"_L1) {
        for (const BoardStatus &status : cache->records<BoardStatus>(RecordKind::BoardStatus))
            values.append(status.name());
    } else if (key == "priority/name"_L1) {
        for (const Priority &priority : cache->priorities())
            values.append(priority.name());
    } else if (key == "company/name"_L1 || key == "company/identifier"_L1) {
        const bool name = key == "company/name"_L1;
        for (const Company &company : cache->records<Company>(RecordKind::Company))
            values.append(name ? company.name() : company.identifier());
    } else if (key == "board/name"_L1) {
        for (const Board &board : cache->boards())
            values.append(board.name());
    } else if (key == "owner/identifier"_L1 || key == "resources"_L1 || key == "enteredby"_L1 ||
               key == "updatedby"_L1 || key == "_info/enteredby"_L1 ||
               key == "_info/updatedby"_L1) {
        for (const Member &member : cache->members())
            values.append(member.identifier());
    }
    return sortedUnique(values);
}

void QueryBar::updateCompletion()
{
    int start = 0;
    const int cursor = m_edit->cursorPosition();
    const QString text = m_edit->text();
    const QStringList list = completionsAt(text, cursor, &start);
    const QString prefix = text.mid(start, cursor - start);
    const bool inString = openQuoteBefore(text, cursor) >= 0;
    if (list.isEmpty() || (prefix.isEmpty() && !inString) ||
        (list.size() == 1 && list.first() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completionStart = start;
    m_completions->setStringList(list);
    m_completer->setCompletionPrefix(prefix);
    m_completer->complete();
}

void QueryBar::insertCompletion(const QString &completion)
{
    QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    const bool inString = openQuoteBefore(text, cursor) >= 0;
    QString insert = completion;
    if (inString && (cursor >= text.size() || text.at(cursor) != u'"'))
        insert += u'"';
    text.replace(m_completionStart, cursor - m_completionStart, insert);
    m_edit->setText(text);
    m_edit->setCursorPosition(m_completionStart + int(insert.size()));
}

} // namespace cw
