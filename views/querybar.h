// The query bar above the tickets: a conditions expression checked as it is typed (syntax and
// the field catalog), coloured, with history and completion of fields and cached values, a
// "Search the server" button and a quick full-text box. Emits only valid conditions.
#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace cw {

class Desk;
class QueryHighlighter;

class QueryBar : public QWidget
{
    Q_OBJECT
public:
    // `desk` (may be null) supplies value completions from its cache.
    explicit QueryBar(Desk *desk, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_edit; }
    QLineEdit *textEdit() const { return m_text; }
    QToolButton *serverButton() const { return m_server; }

    QString query() const;
    void setQuery(const QString &text);
    bool isValid() const { return m_errorPosition < 0; }
    // 0-based offset of the error in the text, -1 when valid.
    int errorPosition() const { return m_errorPosition; }
    QString errorText() const { return m_errorText; }

    // What completion offers at `cursor` in `text`: field names where a field goes, cached
    // names inside a string compared with a known field. *start: where the replaced word begins.
    QStringList completionsAt(const QString &text, int cursor, int *start = nullptr) const;

    // Newest last; kept in the settings.
    QStringList history() const { return m_history; }
    // Up (-1) and Down (+1) through the history, as the keys do.
    void stepHistory(int direction);

    // The collection the fields are checked against (default /service/tickets).
    void setCollection(const QString &path);

public Q_SLOTS:
    void focusQuery();
    // Return in the query edit: records history and emits querySubmitted when valid.
    void submit();

Q_SIGNALS:
    // As the user types, whenever the text is a valid expression (empty included).
    void conditionsChanged(const QString &conditions);
    // Return on a valid expression.
    void querySubmitted(const QString &conditions);
    void serverSearchRequested(const QString &conditions);
    void fullTextChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void validate();
    void updateCompletion();
    void insertCompletion(const QString &completion);
    void remember(const QString &text);
    QStringList valuesFor(const QString &field) const;

    Desk *m_desk;
    QString m_collection;
    QLineEdit *m_edit;
    QLabel *m_icon;
    QLabel *m_error;
    QToolButton *m_server;
    QLineEdit *m_text;
    QueryHighlighter *m_highlighter;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    int m_completionStart = 0;
    int m_errorPosition = -1;
    QString m_errorText;
    QString m_lastValid;
    QStringList m_history;
    int m_historyIndex = -1; // -1: editing the draft
    QString m_draft;
};

} // namespace cw
