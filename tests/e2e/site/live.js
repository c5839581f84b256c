// Drives the live-blog test page: the end-to-end test calls these functions to add, edit and
// remove content, and to navigate like a single-page app (history.pushState + new content).
const feed = document.getElementById('feed');

window.addPost = (text) => {
  const post = document.createElement('p');
  post.className = 'post';
  post.textContent = text;
  feed.append(post);
  return post;
};

window.editFirstPost = (text) => {
  document.querySelector('.post').firstChild.data = text;
};

window.removePosts = () => {
  document.querySelectorAll('.post').forEach((post) => post.remove());
};

window.navigate = (path, paragraphs) => {
  history.pushState({}, '', path);
  feed.replaceChildren(
    ...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })),
  );
};
