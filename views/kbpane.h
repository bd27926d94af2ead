// The knowledge base: a search over title, issue and resolution (online through the API, offline
// through the cache's full-text index) with the matches marked; the article; create, edit and
// delete (online); beside an open ticket, the articles its summary suggests, and "Insert as Note"
// to put an article's resolution into the notes composer.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace cw {

class CacheReader;
class Desk;
class KbSearchModel;

class KbPane : public QWidget
{
    Q_OBJECT
public:
    explicit KbPane(Desk *desk, QWidget *parent = nullptr);

    // The open ticket: with an empty search, its summary's suggestions are shown (0: none), a
    // moment later (the pause typing waits for, so that going through tickets one after the other
    // runs no full-text query per ticket and a switch does not wait for one), or when the pane is
    // shown.
    void setTicket(int ticketId);
    // Reads the suggestions on `reader`'s thread (KbSearchModel::setReader).
    void setReader(CacheReader *reader);
    int ticketId() const { return m_ticketId; }
    KbSearchModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QListView *resultView() const { return m_results; }
    QTextBrowser *articleView() const { return m_article; }
    QLabel *sourceLabel() const { return m_source; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *titleEdit() const { return m_titleEdit; }
    QPlainTextEdit *issueEdit() const { return m_issueEdit; }
    QPlainTextEdit *resolutionEdit() const { return m_resolutionEdit; }
    QPushButton *insertButton() const { return m_insert; }
    // The article shown (0: none).
    int articleId() const { return m_articleId; }
    bool isEditing() const;

public Q_SLOTS:
    // Searches now (normally a moment after typing stops).
    void search();
    void showArticle(int id);
    void newArticle();
    void editArticle();
    // Creates or saves the article in the editor (online).
    void saveArticle();
    void cancelEdit();
    void deleteArticle(bool confirm = true);
    // Emits insertAsNoteRequested with the shown article's resolution.
    void insertAsNote();

Q_SIGNALS:
    void insertAsNoteRequested(const QString &text);
    // An article was created, saved or deleted on the server (and in the cache).
    void articleSaved(int id);
    void articleDeleted(int id);

private:
    void showResults();
    void updateButtons();
    void failed(const QString &message);
    bool canWrite() const;

    Desk *m_desk;
    int m_ticketId = 0;
    int m_articleId = 0;
    int m_editingId = -1; // -1: not editing; 0: a new article
    QJsonObject m_loaded;
    KbSearchModel *m_model;
    QLineEdit *m_search;
    QLabel *m_source;
    QListView *m_results;
    QStackedWidget *m_stack;
    QTextBrowser *m_article;
    QLineEdit *m_titleEdit;
    QPlainTextEdit *m_issueEdit;
    QPlainTextEdit *m_resolutionEdit;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_insert;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTimer *m_typing;
    // The ticket changed while the pane was hidden: its suggestions are read when it is shown.
    bool m_suggestOnShow = false;

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace cw
