-- What a reviewer said when sending a notice back to its drafter (差戻しコメント): shown on the draft until the
-- notice is approved.
alter table notice add column review_comment text;
