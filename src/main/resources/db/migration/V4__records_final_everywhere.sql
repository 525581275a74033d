-- Decision 0016, completed: what a final record rests on is final too, whatever program writes to the file
-- (the sqlite3 shell runs without foreign keys, so RESTRICT alone does not keep a scan).

CREATE TRIGGER interview_kept BEFORE DELETE ON interview
BEGIN
    SELECT RAISE(ABORT, 'a recorded interview cannot be deleted');
END;

CREATE TRIGGER attachment_kept BEFORE DELETE ON attachment
BEGIN
    SELECT RAISE(ABORT, 'an attachment cannot be deleted; it belongs to a record');
END;

-- An exam with results keeps its maximum, pass mark, questions and points: the results were scored against them.
CREATE TRIGGER exam_with_results_is_final BEFORE UPDATE ON exam
    WHEN EXISTS (SELECT 1 FROM exam_result WHERE exam_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'an exam with results cannot be changed; record a correction of the results');
END;
CREATE TRIGGER exam_with_results_kept BEFORE DELETE ON exam
    WHEN EXISTS (SELECT 1 FROM exam_result WHERE exam_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'an exam with results cannot be deleted');
END;
CREATE TRIGGER exam_paper_insert_final BEFORE INSERT ON exam_paper_question
    WHEN EXISTS (SELECT 1 FROM exam_result WHERE exam_id = NEW.exam_id)
BEGIN
    SELECT RAISE(ABORT, 'the paper of an exam with results cannot be changed');
END;
CREATE TRIGGER exam_paper_update_final BEFORE UPDATE ON exam_paper_question
    WHEN EXISTS (SELECT 1 FROM exam_result WHERE exam_id = OLD.exam_id)
BEGIN
    SELECT RAISE(ABORT, 'the paper of an exam with results cannot be changed');
END;
CREATE TRIGGER exam_paper_delete_final BEFORE DELETE ON exam_paper_question
    WHEN EXISTS (SELECT 1 FROM exam_result WHERE exam_id = OLD.exam_id)
BEGIN
    SELECT RAISE(ABORT, 'the paper of an exam with results cannot be changed');
END;

-- A question on a paper keeps its text and answer (it may still be retired from the bank).
CREATE TRIGGER exam_question_on_paper_is_final BEFORE UPDATE OF kind, stem, options, answer ON exam_question
    WHEN EXISTS (SELECT 1 FROM exam_paper_question WHERE question_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'a question on an exam paper cannot be changed; retire it and write a new one');
END;
